"""What a bundle run leaves in its output folder besides the PDFs: the audit log, the report,
the inventory and the resume state. No module here reads or writes plaintext of redactions."""
