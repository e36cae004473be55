#include "screen_harness.h"

#include <doctest/doctest.h>

namespace lestari::test {

namespace {
std::string generated(const char* name) { return readFile(std::string(LESTARI_GENERATED_DIR) + "/" + name); }
std::string font(const char* style) { return readFile(std::string(LESTARI_FONT_DIR) + "/NotoSans-" + style + ".ttf"); }
}  // namespace

std::string demoReport() { return asset("demo-report.json"); }

Screens::Screens(float width, float height, Storage* shared)
    : host_(shared ? *shared : ownStorage_),
      checklistTable_(generated("checklist.table")),
      stringsTable_(generated("strings.table")),
      demo_(demoReport()),
      demoEn_(asset("demo-report.en.json")),
      css_(asset("summary.css")),
      regular_(font("Regular")),
      bold_(font("Bold")),
      ranges_(asset("font-ranges.txt")) {
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);  // CreateContext leaves another instance's context current
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::AppAssets assets{checklistTable_, stringsTable_, demo_, demoEn_, css_, ui::FontData{regular_, bold_, ranges_, ranges_}};
  app_ = std::make_unique<ui::App>(assets, host_);
  frame();
}

Screens::~Screens() {
  ImGui::SetCurrentContext(imgui_);
  app_.reset();
  ImGui::DestroyContext(imgui_);
}

void Screens::frame(int n) {
  ImGui::SetCurrentContext(imgui_);  // each instance draws in its own context
  for (int i = 0; i < n; ++i) {
    ImGuiIO& io = ImGui::GetIO();
    app_->prepareFrame(1.0f);
    if (!io.Fonts->IsBuilt()) {  // what a renderer does when it uploads the atlas
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ImGui::NewFrame();
    app_->frame();
    ImGui::Render();
  }
}

const ui::SemanticNode* Screens::node(const std::string& key) const {
  for (const auto& n : ui::semanticNodes())
    if (n.key == key) return &n;
  return nullptr;
}

std::vector<const ui::SemanticNode*> Screens::all(ui::Role role) const {
  std::vector<const ui::SemanticNode*> out;
  for (const auto& n : ui::semanticNodes())
    if (n.role == role) out.push_back(&n);
  return out;
}

std::string Screens::heard() const {
  std::string out;
  for (const auto& n : ui::semanticNodes()) out += n.name + " " + n.value + " " + n.description + "\n";
  return out;
}

const Factor& Screens::newAssessmentAt(std::size_t index, int frames) {
  REQUIRE(click("start.new"));
  const Factor& f = app_->checklist().factors[index];
  app_->goTo("factor:" + f.id);
  frame(frames);
  return f;
}

bool Screens::click(const std::string& key) {
  if (!ui::activate(key)) return false;
  frame(5);  // focus (scrolled into view when clipped), activation, the press acting, layout settling
  return true;
}

void Screens::press(ImGuiKey key) {
  ImGui::GetIO().AddKeyEvent(key, true);
  frame();
  ImGui::GetIO().AddKeyEvent(key, false);
  frame();
}

void Screens::open(const std::string& name, const std::string& bytes) {
  app_->onFileOpened(name, bytes);
  frame();
}

}  // namespace lestari::test
