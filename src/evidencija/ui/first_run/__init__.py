"""First run: the wizard that creates the register (view) and what it does (controller)."""
