// Uncaught: for-of over a plain object (for-in works).
const settings = { a: 1, b: 2 };
for (const key in settings) console.log("key", key);
for (const entry of settings) console.log("never", entry);
