/** The analyzer version written into every record; kept equal to package.json by a test. */
export const VERSION = '0.1.0'
