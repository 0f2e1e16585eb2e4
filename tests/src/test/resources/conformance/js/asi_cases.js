// Automatic semicolon insertion.
let a = 1
let b = 2
console.log(a + b)
function f() {
    return
        "never returned"
}
console.log(f())
let c = a
++b
console.log(c, b)
let d = 5
let e = d
;[1, 2].forEach(x => console.log("item", x))
let g = "str"
;(function () { console.log("iife after semicolon") })()
const obj = {
    x: 1
}
console.log(obj.x)
let i = 0
while (i < 2) i++
console.log(i)
const h = () => "arrow"
console.log(h())
var t = 1, u = 2
  + 3
console.log(t, u)
do console.log("do"); while (false) console.log("after do-while")
