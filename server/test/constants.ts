/** The demo password of the test template database. */
export const TEST_PASSWORD = 'Test-Pass-2026';
