// JSON with class instances: own enumerable fields only, toJSON, reviving into classes.
class Point {
    #secret = "not serialised";
    constructor(x, y) { this.x = x; this.y = y; }
    get length() { return Math.hypot(this.x, this.y); }
    static fromJSON(o) { return new Point(o.x, o.y); }
}
class Line {
    constructor(a, b) { this.a = a; this.b = b; }
    toJSON() { return { type: "line", from: this.a, to: this.b }; }
}
const p = new Point(3, 4);
console.log(JSON.stringify(p), JSON.stringify([p, new Line(p, new Point(0, 0))]));
const text = JSON.stringify({ points: [p, new Point(1, 1)] }, null, 1);
console.log(text);
const revived = JSON.parse(text, (k, v) => (v && typeof v === "object" && "x" in v ? Point.fromJSON(v) : v));
console.log(revived, revived.points[0].length);
console.log(JSON.stringify(new Map([["a", 1]])), JSON.stringify([new Set([1])]), JSON.stringify({ u: undefined, n: null }));
