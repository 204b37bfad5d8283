// Generated from specs/drugtrace/alibaba.alihealth.drug.upload.extinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.upload.extinfo` (中药饮片及器械对接). */
export interface AlibabaAlihealthDrugUploadExtinfoRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 药品ID */
  drug_id: string;
  /** 批次 */
  batch_no: string;
  /** 扩展信息 */
  ext_info_dto: AlibabaAlihealthDrugUploadExtinfoExtInfoDtoInput;
}

/** Response of `alibaba.alihealth.drug.upload.extinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugUploadExtinfoResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthDrugUploadExtinfoResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExtInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoExtInfoDtoInput {
  /** 生产信息模块 */
  produce_info_dto?: AlibabaAlihealthDrugUploadExtinfoProduceInfoDtoInput;
  /** 种源与基地信息 */
  seedlings_base_info_dto?: AlibabaAlihealthDrugUploadExtinfoSeedlingsBaseInfoDtoInput;
  /** 饮片检验信息 */
  pieces_detection_dto?: AlibabaAlihealthDrugUploadExtinfoPiecesDetectionDtoInput;
  /** 药材检验信息 */
  materials_detection_dto?: AlibabaAlihealthDrugUploadExtinfoMaterialsDetectionDtoInput;
  /** 采购管理 */
  purchase_info_dto?: AlibabaAlihealthDrugUploadExtinfoPurchaseInfoDtoInput;
  /** 产地初加工管理 */
  process_info_dto?: AlibabaAlihealthDrugUploadExtinfoProcessInfoDtoInput;
  /** 生产管理 */
  pieces_produce_info_dto?: AlibabaAlihealthDrugUploadExtinfoPiecesProduceInfoDtoInput;
  /** 存储管理 */
  warehouse_info_dto?: AlibabaAlihealthDrugUploadExtinfoWarehouseInfoDtoInput;
  /** 种植管理 */
  planting_info_dto?: AlibabaAlihealthDrugUploadExtinfoPlantingInfoDtoInput;
  /** 企业信息 */
  ent_info_dto?: AlibabaAlihealthDrugUploadExtinfoEntInfoDtoInput;
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoProduceInfoDtoInput {
  /** 生产批号 */
  produce_batch_no?: string;
  /** 生产日期yyyy-MM-dd */
  produce_date?: string;
}

/** `SeedlingsBaseInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoSeedlingsBaseInfoDtoInput {
  /** 品种 */
  variety?: string;
  /** 繁殖部位 */
  breeding_site?: string;
  /** 种苗来源 */
  seedling_source?: string;
  /** 地理区位 */
  geographic_location?: string;
  /** 基地面积 */
  base_area?: string;
  /** 基地位置 */
  base_location?: string;
  /** 基地名称 */
  base_name?: string;
  /** 基地图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  base_pictures?: string[];
  /** 基地认证（文字+图片）图片建议尺寸：height: 310px;width: 670px; */
  base_certification?: AlibabaAlihealthDrugUploadExtinfoRichTextDtoInput;
}

/** `RichTextDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoRichTextDtoInput {
  /** 图片 */
  pictures?: string[];
  /** 文字 */
  text?: string;
}

/** `PiecesDetectionDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoPiecesDetectionDtoInput {
  /** 农药残留检测 */
  pesticides_detection?: string;
  /** 重金属及有害元素检测 */
  pieces_harm_detection?: string;
  /** 黄曲霉毒素检测 */
  aflatoxin_detection?: string;
  /** 饮片检验报告书（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  inspection_report_pictures?: string[];
  /** 饮片执行标准 */
  exec_standard?: string;
  /** 饮片图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  pieces_pictures?: string[];
}

/** `MaterialsDetectionDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoMaterialsDetectionDtoInput {
  /** 农药残留检测 */
  pesticides_detection?: string;
  /** 重金属及有害元素检测 */
  pieces_harm_detection?: string;
  /** 黄曲霉毒素检测 */
  aflatoxin_detection?: string;
  /** 药材检验报告书（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  inspection_report_pictures?: string[];
  /** 药材执行标准 */
  exec_standard?: string;
  /** 药材批号 */
  materials_batch_no?: string;
  /** 药材图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  materials_pictures?: string[];
}

/** `PurchaseInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoPurchaseInfoDtoInput {
  /** 采购日期yyyy-MM-dd */
  purchase_date?: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** 采购数量 */
  purchase_num?: string;
  /** 药材批号 */
  materials_batch_no?: string;
  /** 采购管理图片（上传图片） */
  purchase_pictures?: string[];
}

/** `ProcessInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoProcessInfoDtoInput {
  /** 采收日期yyyy-MM-dd */
  harvest_date?: string;
  /** 采收部位 */
  harvest_position?: string;
  /** 采收数量 */
  harvest_num?: string;
  /** 初加工方法 */
  process_method?: string;
  /** 初加工设备 */
  process_machine?: string;
  /** 产地初加工管理图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  harvest_pictures?: string[];
  /** 采收地块 */
  harvested_plot?: string;
}

/** `PiecesProduceInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoPiecesProduceInfoDtoInput {
  /** 生产开始日期yyyy-MM-dd */
  production_start_date?: string;
  /** 包装规格 */
  package_spec?: string;
  /** 生产工艺 */
  production_process?: string;
  /** 生产数量 */
  production_sum?: string;
  /** 生产结束日期yyyy-MM-dd */
  production_end_date?: string;
  /** 包装材质 */
  packing_material?: string;
  /** 生产管理图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  production_pictures?: string[];
}

/** `WarehouseInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoWarehouseInfoDtoInput {
  /** 仓库位置 */
  warehouse_location?: string;
  /** 入库日期yyyy-MM-dd */
  inbound_date?: string;
  /** 入库数量 */
  inbound_sum?: string;
  /** 保管条件 */
  storage_conditions?: string;
  /** 养护周期 */
  maintenance_cycle?: string;
  /** 存储管理图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  storage_pictures?: string[];
  /** 出库数量 */
  outbound_sum?: string;
  /** 出库日期yyyy-MM-dd */
  outbound_date?: string;
}

/** `PlantingInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoPlantingInfoDtoInput {
  /** 种植面积 */
  planting_area?: string;
  /** 种植时间yyyy-MM-dd */
  planting_date?: string;
  /** 农药使用 */
  pesticide_use?: string;
  /** 生物调节剂 */
  biological_regulator?: string;
  /** 土壤类型 */
  soil_type?: string;
  /** 种植管理图片（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  planting_pictures?: string[];
  /** 栽培模式 */
  cultivation_mode?: string;
}

/** `EntInfoDto` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoEntInfoDtoInput {
  /** 联系方式 */
  ent_contact?: string;
  /** 企业资质（上传图片）图片建议尺寸：height: 310px;width: 670px; */
  ent_qualification_pictures?: string[];
  /** 企业介绍 */
  ent_introduction?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.upload.extinfo`. */
export interface AlibabaAlihealthDrugUploadExtinfoResultModel {
  /** 编码值 */
  msg_code?: string;
  /** 接口响应是否成功 */
  success?: boolean;
  /** 中文解释 */
  msg_info?: string;
  /** 业务处理是否成功 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  drug_id: 'String',
  batch_no: 'String',
  ext_info_dto: {
    produce_info_dto: {
      produce_batch_no: 'String',
      produce_date: 'String',
    },
    seedlings_base_info_dto: {
      variety: 'String',
      breeding_site: 'String',
      seedling_source: 'String',
      geographic_location: 'String',
      base_area: 'String',
      base_location: 'String',
      base_name: 'String',
      base_pictures: ['String'],
      base_certification: {
        pictures: ['String'],
        text: 'String',
      },
    },
    pieces_detection_dto: {
      pesticides_detection: 'String',
      pieces_harm_detection: 'String',
      aflatoxin_detection: 'String',
      inspection_report_pictures: ['String'],
      exec_standard: 'String',
      pieces_pictures: ['String'],
    },
    materials_detection_dto: {
      pesticides_detection: 'String',
      pieces_harm_detection: 'String',
      aflatoxin_detection: 'String',
      inspection_report_pictures: ['String'],
      exec_standard: 'String',
      materials_batch_no: 'String',
      materials_pictures: ['String'],
    },
    purchase_info_dto: {
      purchase_date: 'String',
      supplier_name: 'String',
      purchase_num: 'String',
      materials_batch_no: 'String',
      purchase_pictures: ['String'],
    },
    process_info_dto: {
      harvest_date: 'String',
      harvest_position: 'String',
      harvest_num: 'String',
      process_method: 'String',
      process_machine: 'String',
      harvest_pictures: ['String'],
      harvested_plot: 'String',
    },
    pieces_produce_info_dto: {
      production_start_date: 'String',
      package_spec: 'String',
      production_process: 'String',
      production_sum: 'String',
      production_end_date: 'String',
      packing_material: 'String',
      production_pictures: ['String'],
    },
    warehouse_info_dto: {
      warehouse_location: 'String',
      inbound_date: 'String',
      inbound_sum: 'String',
      storage_conditions: 'String',
      maintenance_cycle: 'String',
      storage_pictures: ['String'],
      outbound_sum: 'String',
      outbound_date: 'String',
    },
    planting_info_dto: {
      planting_area: 'String',
      planting_date: 'String',
      pesticide_use: 'String',
      biological_regulator: 'String',
      soil_type: 'String',
      planting_pictures: ['String'],
      cultivation_mode: 'String',
    },
    ent_info_dto: {
      ent_contact: 'String',
      ent_qualification_pictures: ['String'],
      ent_introduction: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    success: 'Boolean',
    msg_info: 'String',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.upload.extinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugUploadExtinfoOperation = {
  method: 'alibaba.alihealth.drug.upload.extinfo',
  responseRoot: 'alibaba_alihealth_drug_upload_extinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 中药饮片及器械对接 — calls TOP method `alibaba.alihealth.drug.upload.extinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugUploadExtinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugUploadExtinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugUploadExtinfoResponse> {
  return client.call<AlibabaAlihealthDrugUploadExtinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.upload.extinfo',
      responseRoot: 'alibaba_alihealth_drug_upload_extinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
