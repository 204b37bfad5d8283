// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.getupteminfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.getupteminfo` (获取上游温度信息（疫苗）). */
export interface AlibabaAlihealthDrugKytDrGetupteminfoRequest {
  /** 追溯码 */
  code: string;
  /** 企业ID */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.getupteminfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrGetupteminfoResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrGetupteminfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.getupteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetupteminfoResult {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model?: AlibabaAlihealthDrugKytDrGetupteminfoModel;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.drug.kyt.dr.getupteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetupteminfoModel {
  /** 返回结果列表 */
  list?: AlibabaAlihealthDrugKytDrGetupteminfoVaTemperatureBillResultDTO[];
}

/** `VaTemperatureBillResultDTO` of `alibaba.alihealth.drug.kyt.dr.getupteminfo`. */
export interface AlibabaAlihealthDrugKytDrGetupteminfoVaTemperatureBillResultDTO {
  /** 最小温度值 */
  min_value?: string;
  /** 设备编号 */
  equipment_code?: string;
  /** 最大温度值 */
  max_value?: string;
  /** 上传企业名称 */
  upload_ent_name?: string;
  /** 设备名称 */
  equipment_name?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 时间 */
  time?: string;
  /** 温度类型：存储温度/运输温度u */
  type?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      list: [
        {
          min_value: 'String',
          equipment_code: 'String',
          max_value: 'String',
          upload_ent_name: 'String',
          equipment_name: 'String',
          bill_code: 'String',
          time: 'String',
          type: 'String',
        },
      ],
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.getupteminfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrGetupteminfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.getupteminfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_getupteminfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取上游温度信息（疫苗） — calls TOP method `alibaba.alihealth.drug.kyt.dr.getupteminfo`.
 *
 * 根据追溯码及企业ID获取上游运输及存储温度信息（疫苗）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrGetupteminfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrGetupteminfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrGetupteminfoResponse> {
  return client.call<AlibabaAlihealthDrugKytDrGetupteminfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.getupteminfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_getupteminfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
