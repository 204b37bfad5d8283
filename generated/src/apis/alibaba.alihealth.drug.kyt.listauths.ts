// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.listauths.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.listauths` (企业搜索自己授权的物流企业). */
export interface AlibabaAlihealthDrugKytListauthsRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 企业名称 */
  ent_name?: string;
  /** 页码 */
  page: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.listauths`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytListauthsResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytListauthsResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.listauths`. */
export interface AlibabaAlihealthDrugKytListauthsResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytListauthsPage;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `Page` of `alibaba.alihealth.drug.kyt.listauths`. */
export interface AlibabaAlihealthDrugKytListauthsPage {
  /** 总计 */
  total_num?: Int64;
  /** 返回集合 */
  result_list?: AlibabaAlihealthDrugKytListauthsResult[];
}

/** `Result` of `alibaba.alihealth.drug.kyt.listauths`. */
export interface AlibabaAlihealthDrugKytListauthsResult {
  /** 企业ID */
  ent_id?: string;
  /** 企业名称 */
  ent_capital_name?: string;
  /** 区 */
  area_name?: string;
  /** 市 */
  city_name?: string;
  /** 地市编码 */
  dict_region_code?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 省 */
  prov_name?: string;
  /** 注册编码 */
  reg_region_code?: string;
  /** 角色类型 */
  user_role_type?: string;
  /** 是否入网 */
  is_network?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ent_name: 'String',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      result_list: [
        {
          ent_id: 'String',
          ent_capital_name: 'String',
          area_name: 'String',
          city_name: 'String',
          dict_region_code: 'String',
          ent_name: 'String',
          prov_name: 'String',
          reg_region_code: 'String',
          user_role_type: 'String',
          is_network: 'String',
          ref_ent_id: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.listauths`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytListauthsOperation = {
  method: 'alibaba.alihealth.drug.kyt.listauths',
  responseRoot: 'alibaba_alihealth_drug_kyt_listauths_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 企业搜索自己授权的物流企业 — calls TOP method `alibaba.alihealth.drug.kyt.listauths`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytListauths(
  client: TopClient,
  request: AlibabaAlihealthDrugKytListauthsRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytListauthsResponse> {
  return client.call<AlibabaAlihealthDrugKytListauthsResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.listauths',
      responseRoot: 'alibaba_alihealth_drug_kyt_listauths_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
