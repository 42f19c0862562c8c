package org.allianceledger.recording;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /record}: what a recorder can record from the pages, grouped by the part of the record it belongs to. */
@Page
class RecordPage {

    private final Map<String, List<RecordingForm>> groups;

    RecordPage(List<RecordingForm> forms) {
        this.groups = forms.stream().collect(Collectors.groupingBy(RecordingForm::group, TreeMap::new, Collectors.toList()));
    }

    @GetMapping("/record")
    String record(Model model) {
        model.addAttribute("groups", groups);
        model.addAttribute("timeQuery", "");
        return "record";
    }
}
