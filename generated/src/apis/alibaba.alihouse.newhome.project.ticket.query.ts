// Generated from specs/alihouse/alibaba.alihouse.newhome.project.ticket.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.ticket.query` (根据商品id查询核销卷信息). */
export interface AlibabaAlihouseNewhomeProjectTicketQueryRequest {
  /** 入参对象 */
  query_dto: AlibabaAlihouseNewhomeProjectTicketQueryProjectVerifyTicketQueryDTOInput;
}

/** Response of `alibaba.alihouse.newhome.project.ticket.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectTicketQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectTicketQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectVerifyTicketQueryDTO` of `alibaba.alihouse.newhome.project.ticket.query`. */
export interface AlibabaAlihouseNewhomeProjectTicketQueryProjectVerifyTicketQueryDTOInput {
  /** 核销卷商品id */
  item_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.project.ticket.query`. */
export interface AlibabaAlihouseNewhomeProjectTicketQueryResult {
  /** 返回编码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 详情信息 */
  message?: string;
  /** 商品信息列表 */
  data?: AlibabaAlihouseNewhomeProjectTicketQueryProjectVerifyTicketDTO[];
}

/** `ProjectVerifyTicketDTO` of `alibaba.alihouse.newhome.project.ticket.query`. */
export interface AlibabaAlihouseNewhomeProjectTicketQueryProjectVerifyTicketDTO {
  /** 交易商品id */
  item_id?: Int64;
  /** 交易商品类型:1-房款立减 2-购房返现 3-其他权益 4-一元一平（这期忽略） 5-百亿房补 6-特价房 */
  type?: Int64;
  /** 返利金额（单位:分） */
  rebate_total_amount?: Int64;
  /** 补贴赞助方全称 */
  subsidy_sponsor?: string;
  /** 优惠开始时间（单位:毫秒） */
  start_time?: Int64;
  /** 优惠结束时间（单位:毫秒） */
  end_time?: Int64;
  /** 购买金额（单位:分） */
  amount?: Int64;
  /** 返利优惠信息 */
  rebate_remark?: string;
  /** 排序权重 */
  weight?: Int64;
  /** 外部楼盘id */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  query_dto: {
    item_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    message: 'String',
    data: [
      {
        item_id: 'Number',
        type: 'Number',
        rebate_total_amount: 'Number',
        subsidy_sponsor: 'String',
        start_time: 'Number',
        end_time: 'Number',
        amount: 'Number',
        rebate_remark: 'String',
        weight: 'Number',
        outer_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.ticket.query`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectTicketQueryOperation = {
  method: 'alibaba.alihouse.newhome.project.ticket.query',
  responseRoot: 'alibaba_alihouse_newhome_project_ticket_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品id查询核销卷信息 — calls TOP method `alibaba.alihouse.newhome.project.ticket.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectTicketQuery(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectTicketQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectTicketQueryResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectTicketQueryResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.ticket.query',
      responseRoot: 'alibaba_alihouse_newhome_project_ticket_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
