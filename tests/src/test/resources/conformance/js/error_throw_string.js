console.log("throwing a string next");
function fail() {
    throw "plain string thrown";
}
fail();
