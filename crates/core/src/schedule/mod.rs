//! Time in the agreement: the meeting calendar the cadences give ([`calendar`]) on the working
//! days of [`holidays`], its iCalendar export ([`ics`]), and what is coming up ([`reminders`]).

pub mod calendar;
pub mod holidays;
pub mod ics;
pub mod reminders;
