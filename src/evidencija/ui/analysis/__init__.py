"""The NGO's Analysis window (`evidencija analysis` with no sub-command) and the table models,
charts and workbook export it shares with the register's Statistics and Export pages."""
