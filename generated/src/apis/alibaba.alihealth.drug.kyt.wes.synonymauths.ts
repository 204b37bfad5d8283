// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.synonymauths.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.synonymauths` (物流企业查询货主企业信息). */
export interface AlibabaAlihealthDrugKytWesSynonymauthsRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 服务时间 */
  license_token: string;
  /** 企业名称 */
  ent_name?: string;
  /** 货主自定义编号 */
  syn_own_ent_id?: string;
  /** 页码 */
  page_size: Int64Input;
  /** 页面大小 */
  page: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.synonymauths`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesSynonymauthsResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytWesSynonymauthsResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.synonymauths`. */
export interface AlibabaAlihealthDrugKytWesSynonymauthsResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytWesSynonymauthsPage;
  /** 状态码 */
  msg_code?: string;
  /** 状态值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `Page` of `alibaba.alihealth.drug.kyt.wes.synonymauths`. */
export interface AlibabaAlihealthDrugKytWesSynonymauthsPage {
  /** 总数 */
  total_num?: Int64;
  /** 返回列表 */
  result_list?: AlibabaAlihealthDrugKytWesSynonymauthsResPSynonymDTO[];
}

/** `ResPSynonymDTO` of `alibaba.alihealth.drug.kyt.wes.synonymauths`. */
export interface AlibabaAlihealthDrugKytWesSynonymauthsResPSynonymDTO {
  /** 企业名称 */
  ent_name?: string;
  /** 市 */
  city_desc?: string;
  /** 省 */
  prov_desc?: string;
  /** 区 */
  area_desc?: string;
  /** 企业主键 */
  ent_id?: string;
  /** 区域编码 */
  dict_region_code?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
  /** 货主 */
  syn_own_ent_id?: string;
  /** 货主标识 */
  user_ent_id?: string;
  /** 创建日期 */
  crt_date?: string;
  /** 角色 */
  user_role_type?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  ent_name: 'String',
  syn_own_ent_id: 'String',
  page_size: 'Number',
  page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      result_list: [
        {
          ent_name: 'String',
          city_desc: 'String',
          prov_desc: 'String',
          area_desc: 'String',
          ent_id: 'String',
          dict_region_code: 'String',
          ref_ent_id: 'String',
          syn_own_ent_id: 'String',
          user_ent_id: 'String',
          crt_date: 'String',
          user_role_type: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.synonymauths`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesSynonymauthsOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.synonymauths',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_synonymauths_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流企业查询货主企业信息 — calls TOP method `alibaba.alihealth.drug.kyt.wes.synonymauths`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesSynonymauths(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesSynonymauthsRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesSynonymauthsResponse> {
  return client.call<AlibabaAlihealthDrugKytWesSynonymauthsResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.synonymauths',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_synonymauths_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
