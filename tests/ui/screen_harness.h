#pragma once
// The app drawn headless: a real ImGui context with its font atlas built and
// no renderer, the real assets, a host in memory. Tests step frames and read
// what each frame describes (the semantics the accessible mirror is built
// from), and act through the same paths the mirror uses.
#include <memory>
#include <string>

#include <imgui.h>

#include "ui/app.h"
#include "fake_host.h"
#include "helpers.h"
#include "ui/semantics.h"

namespace lestari::test {

class Screens {
 public:
  explicit Screens(float width = 1366, float height = 768, Storage* shared = nullptr);
  ~Screens();
  Screens(const Screens&) = delete;
  Screens& operator=(const Screens&) = delete;

  ui::App& app() { return *app_; }
  FakeHost& host() { return host_; }
  app::Session& session() { return app_->session(); }
  std::string screen() const { return app_->screenName(); }

  void frame(int n = 1);
  // The described node of that key in the last frame, or nullptr.
  const ui::SemanticNode* node(const std::string& key) const;
  bool has(const std::string& key) const { return node(key) != nullptr; }
  // Every node of a role in the last frame.
  std::vector<const ui::SemanticNode*> all(ui::Role role) const;
  // The text of every node (names, values, descriptions): what a reader hears.
  std::string heard() const;
  // Activates a control as the mirror does (a click on its element), then
  // draws the frames in which it acts. False when it was not in the frame.
  bool click(const std::string& key);
  // A new assessment, on factor `index`'s page after `frames` frames.
  const Factor& newAssessmentAt(std::size_t index, int frames = 2);
  // A key press on the canvas.
  void press(ImGuiKey key);
  // A file dropped or chosen in the picker.
  void open(const std::string& name, const std::string& bytes);

 private:
  Storage ownStorage_;
  FakeHost host_;
  std::string checklistTable_, stringsTable_, demo_, demoEn_, css_, regular_, bold_, ranges_;
  ImGuiContext* imgui_ = nullptr;
  std::unique_ptr<ui::App> app_;
};

// The demo report as a file (assets/demo-report.json).
std::string demoReport();

}  // namespace lestari::test
