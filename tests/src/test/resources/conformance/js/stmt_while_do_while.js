// while and do-while.
let n = 0;
while (n < 3) { console.log("while", n); n++; }
let m = 10;
do { console.log("do runs once", m); } while (m < 5);
let i = 0;
do {
    i++;
    if (i === 2) continue;
    if (i === 4) break;
    console.log("do", i);
} while (i < 10);
let collatz = 6, steps = [];
while (collatz !== 1) { steps.push(collatz); collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2; }
console.log(steps.join(" -> "));
while (false) console.log("never");
