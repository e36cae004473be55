#include "ui/screens/profile_screen.h"

#include <algorithm>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/router.h"
#include "ui/widgets.h"

namespace lestari::ui {

StepInfo ProfileScreen::step(std::size_t, const Results&) const {
  return {ctx_.t("step.profile"), "", !ctx_.session.assessment().profileText("name").empty(), ""};
}

void ProfileScreen::draw(std::size_t) {
  pageTitle(ctx_.t("profile.title"), ctx_.t("profile.intro"));

  // Two columns where there is room (a text of many lines takes a whole row),
  // so that a laptop shows most of the form at once.
  beginCard("##profile");
  const float gap = em(1.5f);
  const bool twoColumns = !ctx_.narrow() && ImGui::GetContentRegionAvail().x > em(30);
  const float half = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  bool right = false;
  for (const ProfileField& field : ctx_.checklist.profile) {
    if (!twoColumns || field.type == FieldType::Multiline) {
      drawField(field);
      right = false;
      continue;
    }
    if (right) ImGui::SameLine(0, gap);
    ImGui::BeginChild(("##cell." + field.id).c_str(), ImVec2(half, 0), ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    drawField(field);
    ImGui::EndChild();
    right = !right;
  }
  endCard();
}

void ProfileScreen::drawField(const ProfileField& field) {
  const Lang lang = ctx_.lang();
  ImGui::PushID(field.id.c_str());
  fieldLabel(field.label.in(lang));
  if (!field.help.in(lang).empty()) fieldLabel(field.help.in(lang), true);  // read with the field, as its description
  ImGui::Dummy(ImVec2(1, em(0.2f)));
  const std::string wid = "profile." + field.id;
  auto it = ctx_.session.assessment().profile.find(field.id);
  const Json current = it == ctx_.session.assessment().profile.end() ? Json() : it->second;
  std::optional<Error> err;
  bool edited = false;  // on the canvas or in the accessible mirror

  switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
      std::string value = current.is_string() ? current.get<std::string>() : "";
      std::string id = "##" + wid;
      edited = inputText(id.c_str(), field.label.in(lang), value, field.type == FieldType::Multiline, em(4.5f), field.maxLength);
      lastNode().description = field.help.in(lang);
      if (edited) err = ctx_.session.setProfile(field.id, value);
      break;
    }
    case FieldType::Year: {
      // Typed as text (empty means "not set"); what does not read as a year stays in the field, with why.
      FieldExtras year;
      year.description = field.help.in(lang);
      year.numeric = true;
      typedField(ctx_, wid, field.label.in(lang), current.is_number_integer() ? std::to_string(current.get<long long>()) : "",
                 8, std::min(ImGui::GetContentRegionAvail().x, em(8)), year, [&](const std::string& typed) {
                   Result<Json> y = readTypedYear(typed, field.id);
                   return y.ok() ? ctx_.session.setProfile(field.id, *y.value) : std::optional<Error>(y.errors.front());
                 });
      break;  // typedField keeps its own errors
    }
    case FieldType::Choice: {
      std::string selected = current.is_string() ? current.get<std::string>() : "";
      const ChoiceOption* opt = field.option(selected);
      std::string preview = opt ? opt->label.in(lang) : ctx_.t("profile.choose");
      ImGui::SetNextItemWidth(-1);
      std::string id = "##" + wid;
      bool open = ImGui::BeginCombo(id.c_str(), preview.c_str());
      // In the mirror a choice is a group of radio buttons, not a <select>:
      // Chromium reports a new <select> as a selection change, and Orca then
      // reads every drop-down of a screen just opened as if the user were on
      // it (and turns to focus mode). Radios are read only when reached.
      // Each radio stands on the drop-down (the item laid out last): focused,
      // it rings the drop-down. Each has a band of it, one under another: a
      // reader going line by line reads one option a line.
      const ImVec2 top = ImGui::GetItemRectMin(), bottom = ImGui::GetItemRectMax();
      beginGroup(Role::RadioGroup, wid, field.label.in(lang), field.help.in(lang));
      lastNode().value = selected;
      lastNode().flags |= kChoice;
      lastNode().min = top, lastNode().max2 = bottom;  // the group is the drop-down
      const float band = (bottom.y - top.y) / static_cast<float>(field.options.size() + 1);
      int place = 0;
      auto radio = [&](const std::string& key, const std::string& name, const std::string& value, bool checked) {
        describe(key, Role::Radio, name, "", value, checked ? kChecked : 0);
        SemanticNode& n = lastNode();
        n.min.y = top.y + band * static_cast<float>(place++);
        n.max2.y = n.min.y + band;
      };
      radio(wid + "#unset", ctx_.t("profile.unset"), "", !opt);  // ("#": no option id has one)
      for (const auto& o : field.options) radio(wid + "." + o.id, o.label.in(lang), o.id, opt == &o);
      endGroup();
      track(wid);  // the drop-down itself, for the tests' pointer
      if (std::string chosen; takeMirrorText(wid, chosen)) {
        err = ctx_.session.setProfile(field.id, chosen.empty() ? Json() : Json(chosen));
        edited = true;
      }
      if (open) {
        const ImVec2 tall(0, ImGui::GetFrameHeight());  // as tall as a button: a finger's size on phones
        if (ImGui::Selectable(ctx_.t("profile.choose").c_str(), !opt, 0, tall)) edited = true, err = ctx_.session.setProfile(field.id, nullptr);
        for (const auto& o : field.options) {
          if (ImGui::Selectable(o.label.in(lang).c_str(), opt == &o, 0, tall)) edited = true, err = ctx_.session.setProfile(field.id, o.id);
          track(wid + "." + o.id);
        }
        ImGui::EndCombo();
      }
      break;
    }
  }
  if (edited || err) ctx_.fieldErrors.set(wid, err);
  ctx_.fieldErrors.show(ctx_, wid);
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  ImGui::PopID();
}

}  // namespace lestari::ui
