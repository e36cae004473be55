#pragma once
// The canvas fills the window; its backing store follows devicePixelRatio so
// text is crisp on phones and high-DPI laptops.
namespace lestari::web {

// Resizes the backing store if the CSS size or pixel ratio changed; updates
// ImGui's display size (in physical pixels). Returns the scale from CSS pixels
// to the backing store: the pixel ratio, or less where the GPU cannot draw
// that many pixels.
float syncCanvasSize(int& width, int& height);

}  // namespace lestari::web
