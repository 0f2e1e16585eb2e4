const limit = 10;
console.log("limit", limit);
try {
    limit++;
} catch (e) {
    console.log("caught:", e.message);
}
limit = 11;
