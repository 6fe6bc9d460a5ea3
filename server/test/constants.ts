/** The demo password of the test template database. */
export const TEST_PASSWORD = 'Test-Pass-2026';

/** The personal-data master key of the test template database. */
export const TEST_DATA_KEY = '6a1f0c3e9b2d4f5a7c8e0b1d3f5a7c9e2b4d6f8a0c1e3a5b7d9f1a3c5e7b9d0f';
