// Vite's import of a stylesheet for its side effect.
declare module "*.css";
