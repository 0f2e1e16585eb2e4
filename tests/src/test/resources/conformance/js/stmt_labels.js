// Labels with break and continue.
outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
        if (j === 1) continue outer;
        if (i === 2) break outer;
        console.log("pair", i, j);
    }
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
    for (const v of row) {
        if (v === 4) { found = row; break search; }
    }
}
console.log(found);
block: {
    console.log("in block");
    if (true) break block;
    console.log("never");
}
let n = 0;
loop: while (true) {
    n++;
    switch (n) {
        case 3: continue loop;
        case 5: break loop;
    }
    console.log("n", n);
}
a: b: for (;;) { break a; }
console.log("done");
