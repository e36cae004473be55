#include "ui/recommendation_card.h"

#include <imgui.h>

#include "ui/router.h"
#include "core/model/stage_text.h"
#include "ui/widgets.h"

namespace lestari::ui {

void recommendationCard(const Context& ctx, const Recommendation& rec, int rank, bool planButton) {
  const Lang lang = ctx.lang();
  ImGui::PushID(rank);
  beginCard("##rec");
  textMuted(ctx.f("results.recMeta", {std::to_string(rank), rec.factor->shortTitle.in(lang), std::to_string(rec.level),
                                  std::to_string(rec.level + 1)}));
  if (std::string stage = recommendationStageText(ctx.checklist, ctx.translations, rec, lang); !stage.empty()) {
    strongText(stage, rec.belowStage ? ctx.theme.palette().warn : ctx.theme.palette().muted);
    track("rec." + std::to_string(rank) + ".stage");
  }
  strongText(rec.indicator->question.in(lang));
  text(rec.indicator->recommendation.in(lang));
  textMuted(ctx.f("results.nextLevel", {rec.indicator->levels[rec.level + 1].in(lang)}));
  if (planButton) {
    ImGui::Dummy(ImVec2(1, em(0.2f)));
    std::string id = "rec." + std::to_string(rank) + ".plan";
    // Many cards, one label: the name says which indicator it acts on.
    const std::string number = ctx.checklist.number(*rec.factor, *rec.indicator);
    if (ctx.session.assessment().actions.count(rec.indicator->id)) {
      if (button(ctx.t("plan.inPlan"), id, ButtonKind::Quiet, 0, ctx.f("a11y.inPlanFor", {number}))) ctx.router.goTo("plan", rec.indicator->id);
    } else if (button(ctx.t("plan.add"), id, ButtonKind::Secondary, 0, ctx.f("a11y.addToPlanFor", {number}))) {
      ctx.session.setAction(ctx.session.draftAction(rec.indicator->id));
    }
  }
  endCard();
  track("results.rec." + std::to_string(rank));
  ImGui::PopID();
  ImGui::Dummy(ImVec2(1, em(0.5f)));
}


}  // namespace lestari::ui
