-- Files of unit attributes (`ictmon units import --kind attributes`: dân số, diện tích, ĐBKK, vùng NTM,
-- nhóm xã NTM 2026…) are recorded as import batches like catalogue files and village lists.
alter table unit_import_batch drop constraint unit_import_batch_kind_check;
alter table unit_import_batch add constraint unit_import_batch_kind_check check (kind in ('catalogue', 'villages', 'attributes'));
