#pragma once

namespace leadbox::devcloud {

class DevcloudStore;

// --seed demo: Olivia Owner, Adam Admin and Mia Member (password "demo-password"), the workspaces
// "Acme Sales" and "Globex Marketing", and a few hundred generated leads. Safe to run again on the
// same data file: whatever exists already is left alone.
void seedDemo(DevcloudStore& store);

} // namespace leadbox::devcloud
