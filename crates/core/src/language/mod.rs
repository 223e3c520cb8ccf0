//! Plain language: the term bank of NAV, school and county terms ([`termbank`]) and the
//! readability figures ([`readability`]) the language checks and the app read.

pub mod phrases;
pub mod readability;
pub mod termbank;
