#pragma once
// Draw on demand: a frame is drawn only after an event, then for as long as
// the picture still changes (ImGui settling: a popup sizing itself, a scroll
// landing), or while something animates. Idle pages draw nothing.
namespace lestari::web {

void requestFrames(int count = 2);
void drawFrameNow();   // synchronously, e.g. inside a touch gesture
void setInertia(float velocityY);  // touch fling, in physical px per second
bool inertiaActive();
// A frame is scheduled: the app is still drawing (tests wait on this, not on time).
bool drawing();

}  // namespace lestari::web
