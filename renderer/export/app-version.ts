/** The app version Vite injects; 'dev' where it is not defined (tests). */
export function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
}
