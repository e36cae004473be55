#include "screens/profile_screen.h"

#include <algorithm>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "commands.h"
#include "context.h"
#include "field_errors.h"
#include "router.h"
#include "widgets.h"

namespace lestari::ui {

StepInfo ProfileScreen::step(std::size_t, const Results&) const {
  return {ctx_.t("step.profile"), "", !ctx_.session.assessment().profileText("name").empty()};
}

void ProfileScreen::draw(std::size_t) {
  const Lang lang = ctx_.session.lang();
  pageTitle(ctx_.t("profile.title"), ctx_.t("profile.intro"));

  beginCard("##profile");
  for (const ProfileField& field : ctx_.checklist.profile) {
    ImGui::PushID(field.id.c_str());
    strongText(field.label.in(lang));
    if (!field.help.in(lang).empty()) textMuted(field.help.in(lang));
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
        // Edited as text so that an empty field means "not set".
        std::string value = current.is_number_integer() ? std::to_string(current.get<long long>()) : "";
        std::string id = "##" + wid;
        FieldExtras year;
        year.flags = ImGuiInputTextFlags_CharsDecimal;
        year.description = field.help.in(lang);
        edited = inputLine(id.c_str(), field.label.in(lang), value, 4, std::min(ImGui::GetContentRegionAvail().x, em(8)), year);
        // Only digits make a year ("----" or "+12" too are refused, never parsed).
        bool digits = std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (edited) {
          if (value.empty()) err = ctx_.session.setProfile(field.id, nullptr);
          else if (digits && value.size() == 4) err = ctx_.session.setProfile(field.id, std::stoll(value));
          else if (!digits || value.size() > 4)
            err = Error{field.id, "out_of_range", {std::to_string(field.min), std::to_string(field.max)}};
        }
        break;
      }
      case FieldType::Choice: {
        std::string selected = current.is_string() ? current.get<std::string>() : "";
        const ChoiceOption* opt = field.option(selected);
        std::string preview = opt ? opt->label.in(lang) : ctx_.t("profile.choose");
        ImGui::SetNextItemWidth(-1);
        std::string id = "##" + wid;
        bool open = ImGui::BeginCombo(id.c_str(), preview.c_str());
        describe(wid, Role::Select, field.label.in(lang), field.help.in(lang), selected);
        lastNode().options.push_back({"", ctx_.t("profile.choose")});
        for (const auto& o : field.options) lastNode().options.push_back({o.id, o.label.in(lang)});
        if (std::string chosen; takeMirrorText(wid, chosen)) {
          err = ctx_.session.setProfile(field.id, chosen.empty() ? Json() : Json(chosen));
          edited = true;
        }
        if (open) {
          if (ImGui::Selectable(ctx_.t("profile.choose").c_str(), !opt)) edited = true, err = ctx_.session.setProfile(field.id, nullptr);
          for (const auto& o : field.options) {
            if (ImGui::Selectable(o.label.in(lang).c_str(), opt == &o)) edited = true, err = ctx_.session.setProfile(field.id, o.id);
            track(wid + "." + o.id);
          }
          ImGui::EndCombo();
        }
        break;
      }
    }
    if (edited || err) ctx_.fieldErrors.set(wid, err);
    ctx_.fieldErrors.show(ctx_, wid);
    ImGui::Dummy(ImVec2(1, em(0.7f)));
    ImGui::PopID();
  }
  endCard();
}

}  // namespace lestari::ui
