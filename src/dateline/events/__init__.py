"""Events: the PLOVER/CAMEO ontology, the trigger lexicon and (from the lead) the dateline_events component."""
