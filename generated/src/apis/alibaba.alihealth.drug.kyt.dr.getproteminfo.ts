// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.getproteminfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.getproteminfo` (疫苗，获取生产企业的存储和运输温度). */
export interface AlibabaAlihealthDrugKytDrGetproteminfoRequest {
  /** 调用企业ID */
  ref_ent_id?: string;
  /** 药品ID */
  drug_ent_base_info_id: string;
  /** 批次编号 */
  batch_no: string;
  /** 出库单号 */
  bill_out_code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.getproteminfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrGetproteminfoResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrGetproteminfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.getproteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetproteminfoResult {
  /** model */
  model?: AlibabaAlihealthDrugKytDrGetproteminfoModel;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Model` of `alibaba.alihealth.drug.kyt.dr.getproteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetproteminfoModel {
  /** 存储温度 */
  storage_temperature_list?: AlibabaAlihealthDrugKytDrGetproteminfoStorageTemperatureList[];
  /** 运输温度 */
  transport_temperature_list?: AlibabaAlihealthDrugKytDrGetproteminfoTransportTemperatureList[];
}

/** `StorageTemperatureList` of `alibaba.alihealth.drug.kyt.dr.getproteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetproteminfoStorageTemperatureList {
  /** 设备名称 */
  equipment_name?: string;
  /** 时间 */
  time?: string;
  /** 设备编号 */
  equipment_code?: string;
  /** 最低温度 */
  min_value?: string;
  /** 上传企业名称 */
  upload_ent_name?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 温度类型 */
  type?: string;
  /** 最高温度 */
  max_value?: string;
}

/** `TransportTemperatureList` of `alibaba.alihealth.drug.kyt.dr.getproteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetproteminfoTransportTemperatureList {
  /** 设备名称 */
  equipment_name?: string;
  /** 时间 */
  time?: string;
  /** 设备编号 */
  equipment_code?: string;
  /** 最低温度 */
  min_value?: string;
  /** 上传企业 */
  upload_ent_name?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 温度类型 */
  type?: string;
  /** 最高温度 */
  max_value?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  drug_ent_base_info_id: 'String',
  batch_no: 'String',
  bill_out_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      storage_temperature_list: [
        {
          equipment_name: 'String',
          time: 'String',
          equipment_code: 'String',
          min_value: 'String',
          upload_ent_name: 'String',
          bill_code: 'String',
          type: 'String',
          max_value: 'String',
        },
      ],
      transport_temperature_list: [
        {
          equipment_name: 'String',
          time: 'String',
          equipment_code: 'String',
          min_value: 'String',
          upload_ent_name: 'String',
          bill_code: 'String',
          type: 'String',
          max_value: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.getproteminfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrGetproteminfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.getproteminfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_getproteminfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗，获取生产企业的存储和运输温度 — calls TOP method `alibaba.alihealth.drug.kyt.dr.getproteminfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrGetproteminfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrGetproteminfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrGetproteminfoResponse> {
  return client.call<AlibabaAlihealthDrugKytDrGetproteminfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.getproteminfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_getproteminfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
