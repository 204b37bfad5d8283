// Generated from specs/drugtrace/alibaba.alihealth.drugcode.listentparbyrefentid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.listentparbyrefentid` (根据企业id获取往来单位). */
export interface AlibabaAlihealthDrugcodeListentparbyrefentidRequest {
  /** 登录企业refEntId */
  ref_ent_id: string;
  /** 企业名称 */
  ent_name?: string;
  /** 往来单位id */
  partner_idb?: string;
  /** 页数 */
  page: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.drugcode.listentparbyrefentid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeListentparbyrefentidResponse {
  /** 返回结果 */
  model?: AlibabaAlihealthDrugcodeListentparbyrefentidPageInfoDTO;
  /** 返回状态值 */
  msg_code?: string;
  /** 返回状态描述 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageInfoDTO` of `alibaba.alihealth.drugcode.listentparbyrefentid`. */
export interface AlibabaAlihealthDrugcodeListentparbyrefentidPageInfoDTO {
  /** 页数 */
  page?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** 总条数 */
  total_num?: Int64;
  /** 返回结果对象 */
  result?: AlibabaAlihealthDrugcodeListentparbyrefentidPEntParDTO[];
}

/** `PEntParDTO` of `alibaba.alihealth.drugcode.listentparbyrefentid`. */
export interface AlibabaAlihealthDrugcodeListentparbyrefentidPEntParDTO {
  /** 城市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
  /** 省 */
  prov_name?: string;
  /** 往来单位的ent_id */
  partner_ent_id?: string;
  /** 往来单位企业ID */
  par_ref_ent_id?: string;
  /** 1-审核通过；2-审核不通过；0-待审核：服务端针对networkType和standard字段汇总给出状态 */
  audit_flag?: Int64;
  /** 系统往来单位序号，主键id */
  p_ent_par_id?: string;
  /** networkType */
  network_type?: Int64;
  /** 企业id */
  ent_id?: string;
  /** 往来单位名称 */
  partner_name?: string;
  /** 证件类型名称 */
  license_type_str?: string;
  /** 是否入网 */
  is_network?: Int64;
  /** 详细地址 */
  addr_detail?: string;
  /** 企业所在省 */
  ent_prov_code?: string;
  /** refEntId */
  ref_ent_id?: string;
  /** 城市 */
  country_name?: string;
  /** 往来单位编码（企业内部用） */
  partner_id?: string;
  /** 往来单位中文拼音首字母 */
  partner_capital_name?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ent_name: 'String',
  partner_idb: 'String',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    page: 'Number',
    page_size: 'Number',
    total_num: 'Number',
    result: [
      {
        city_name: 'String',
        area_name: 'String',
        prov_name: 'String',
        partner_ent_id: 'String',
        par_ref_ent_id: 'String',
        audit_flag: 'Number',
        p_ent_par_id: 'String',
        network_type: 'Number',
        ent_id: 'String',
        partner_name: 'String',
        license_type_str: 'String',
        is_network: 'Number',
        addr_detail: 'String',
        ent_prov_code: 'String',
        ref_ent_id: 'String',
        country_name: 'String',
        partner_id: 'String',
        partner_capital_name: 'String',
      },
    ],
  },
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.listentparbyrefentid`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeListentparbyrefentidOperation = {
  method: 'alibaba.alihealth.drugcode.listentparbyrefentid',
  responseRoot: 'alibaba_alihealth_drugcode_listentparbyrefentid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据企业id获取往来单位 — calls TOP method `alibaba.alihealth.drugcode.listentparbyrefentid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeListentparbyrefentid(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeListentparbyrefentidRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeListentparbyrefentidResponse> {
  return client.call<AlibabaAlihealthDrugcodeListentparbyrefentidResponse>(
    {
      method: 'alibaba.alihealth.drugcode.listentparbyrefentid',
      responseRoot: 'alibaba_alihealth_drugcode_listentparbyrefentid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
