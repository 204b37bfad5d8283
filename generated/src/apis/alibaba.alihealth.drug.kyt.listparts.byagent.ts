// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.listparts.byagent.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.listparts.byagent` (物流代货主查往来单位接口). */
export interface AlibabaAlihealthDrugKytListpartsByagentRequest {
  /** 企业唯一标识（货主企业） */
  ref_ent_id: string;
  /** 企业名称 */
  ent_name?: string;
  /** 企业自定义编号 */
  ref_partner_id?: string;
  /** 开始时间 */
  begin_date?: string;
  /** 结束时间 */
  end_date?: string;
  /** 页大小 */
  page_size: Int64Input;
  /** 页码 */
  page: Int64Input;
  /** 代理企业唯一标识（物流企业） */
  agent_ref_ent_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.listparts.byagent`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytListpartsByagentResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytListpartsByagentResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.listparts.byagent`. */
export interface AlibabaAlihealthDrugKytListpartsByagentResultModel {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytListpartsByagentPage;
  /** 返回码 */
  msg_code?: string;
  /** 返回值 */
  msg_info?: string;
  /** 是否响应成功 */
  response_success?: boolean;
}

/** `Page` of `alibaba.alihealth.drug.kyt.listparts.byagent`. */
export interface AlibabaAlihealthDrugKytListpartsByagentPage {
  /** 总数 */
  total_num?: Int64;
  /** 返回列表 */
  result_list?: AlibabaAlihealthDrugKytListpartsByagentPEntParDto[];
}

/** `PEntParDto` of `alibaba.alihealth.drug.kyt.listparts.byagent`. */
export interface AlibabaAlihealthDrugKytListpartsByagentPEntParDto {
  /** 往来单位自定义编码 */
  partner_id?: string;
  /** 往来单位名称 */
  partner_name?: string;
  /** 企业id */
  ent_id?: string;
  /** 查询企业的唯一标识 */
  ref_ent_id?: string;
  /** 往来单位企业所在省编码 */
  ent_prov_code?: string;
  /** 所在省 */
  prov_name?: string;
  /** 所在市 */
  area_name?: string;
  /** 所在县 */
  city_name?: string;
  /** 是不是入网企业[1代表入网企业，其它为非入网] */
  is_network?: string;
  /** 拼音缩写 */
  partner_capital_name?: string;
  /** 类型 */
  partner_type?: string;
  /** 往来单位企业id【单据上传时的收发货企业填的就这个字段】 */
  partner_ent_id?: string;
  /** 最近修改日期 */
  last_mod_date?: string;
  /** 创建日期 */
  crt_date?: string;
  /** 创建IC名称 */
  crt_ic_name?: string;
  /** 状态 */
  status?: string;
  /** 修改IC名称 */
  mod_ic_name?: string;
  /** 级别 */
  partner_level?: string;
  /** 修改IC码 */
  mod_ic_code?: string;
  /** 合作ID */
  p_ent_par_id?: string;
  /** 创建IC码 */
  crt_ic_code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  ent_name: 'String',
  ref_partner_id: 'String',
  begin_date: 'String',
  end_date: 'String',
  page_size: 'Number',
  page: 'Number',
  agent_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      result_list: [
        {
          partner_id: 'String',
          partner_name: 'String',
          ent_id: 'String',
          ref_ent_id: 'String',
          ent_prov_code: 'String',
          prov_name: 'String',
          area_name: 'String',
          city_name: 'String',
          is_network: 'String',
          partner_capital_name: 'String',
          partner_type: 'String',
          partner_ent_id: 'String',
          last_mod_date: 'String',
          crt_date: 'String',
          crt_ic_name: 'String',
          status: 'String',
          mod_ic_name: 'String',
          partner_level: 'String',
          mod_ic_code: 'String',
          p_ent_par_id: 'String',
          crt_ic_code: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.listparts.byagent`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytListpartsByagentOperation = {
  method: 'alibaba.alihealth.drug.kyt.listparts.byagent',
  responseRoot: 'alibaba_alihealth_drug_kyt_listparts_byagent_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流代货主查往来单位接口 — calls TOP method `alibaba.alihealth.drug.kyt.listparts.byagent`.
 *
 * 代理企业查询往来单位列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytListpartsByagent(
  client: TopClient,
  request: AlibabaAlihealthDrugKytListpartsByagentRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytListpartsByagentResponse> {
  return client.call<AlibabaAlihealthDrugKytListpartsByagentResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.listparts.byagent',
      responseRoot: 'alibaba_alihealth_drug_kyt_listparts_byagent_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
