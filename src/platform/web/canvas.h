#pragma once
// The canvas fills the window; its backing store follows devicePixelRatio so
// text is crisp on phones and high-DPI laptops.
namespace lestari::web {

// Resizes the backing store if the CSS size or pixel ratio changed; updates
// ImGui's display size (in physical pixels). Returns the pixel ratio.
float syncCanvasSize(int& width, int& height);

}  // namespace lestari::web
