// Vite imports a Fluent file as its text.
declare module "*.ftl?raw" {
  const text: string;
  export default text;
}
