#pragma once

namespace rd::test {

/// The child side of the first-run tests: `<test> --launch SCRIPT [PERSON]`
/// starts the desktop app with no arguments and drives it as SCRIPT says:
///   own     choose "my own team" in the welcome, add PERSON, quit
///   sample  choose the sample team, add PERSON, quit
///   look    expect no welcome (it is closed if shown), describe the window, quit
///   switch  switch to the other team, and back, then quit
///   stay    describe the window and leave it open (the parent ends it)
/// Every fact seen is printed on a line of its own ("title: …", "team: a|b").
int launch(int argc, char* argv[]);

} // namespace rd::test
