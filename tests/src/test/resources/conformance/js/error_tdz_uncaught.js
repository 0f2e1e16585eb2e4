console.log("start");
function show() {
    return value;
}
console.log(typeof show);
show();
let value = 1;
