// Generated from specs/cmns/yunos.service.cmns.coa.message.acks.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.message.acks.list` (消息ack记录查询). */
export interface YunosServiceCmnsCoaMessageAcksListRequest {
  /** 消息id */
  mid?: Int64Input;
  /** 设备id */
  did?: Int64Input;
  /** 分页查询页码 */
  page_index?: Int64Input;
  /** 分页每页数据集数 */
  page_size?: Int64Input;
}

/** Response of `yunos.service.cmns.coa.message.acks.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaMessageAcksListResponse {
  /** 分页结果对象 */
  data?: YunosServiceCmnsCoaMessageAcksListPaginationQueryResult;
  /** 接口查询出错提示信息 */
  message?: string;
  /** 200表示查询成功 */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationQueryResult` of `yunos.service.cmns.coa.message.acks.list`. */
export interface YunosServiceCmnsCoaMessageAcksListPaginationQueryResult {
  /** ack记录列表 */
  list?: YunosServiceCmnsCoaMessageAcksListMessageAckResult[];
  /** 分页数据 */
  pagination?: YunosServiceCmnsCoaMessageAcksListPagination;
}

/** `MessageAckResult` of `yunos.service.cmns.coa.message.acks.list`. */
export interface YunosServiceCmnsCoaMessageAcksListMessageAckResult {
  /** 消息回复时间 */
  ack_time?: string;
  /** 设备id */
  did?: Int64;
  /** 消息id */
  mid?: Int64;
  /** uuid */
  uuid?: string;
}

/** `Pagination` of `yunos.service.cmns.coa.message.acks.list`. */
export interface YunosServiceCmnsCoaMessageAcksListPagination {
  /** 总条数 */
  total_count?: Int64;
  /** 总页数，当totalCount=0 时，totalPageCount 必须设置为 1 */
  total_page_count?: Int64;
  /** 分页查询页码 */
  page_size?: Int64;
  /** 分页每页数据集数 */
  page_index?: Int64;
}

const REQUEST_SCHEMA = {
  mid: 'Number',
  did: 'Number',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    list: [
      {
        ack_time: 'Date',
        did: 'Number',
        mid: 'Number',
        uuid: 'String',
      },
    ],
    pagination: {
      total_count: 'Number',
      total_page_count: 'Number',
      page_size: 'Number',
      page_index: 'Number',
    },
  },
  message: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.message.acks.list`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaMessageAcksListOperation = {
  method: 'yunos.service.cmns.coa.message.acks.list',
  responseRoot: 'yunos_service_cmns_coa_message_acks_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息ack记录查询 — calls TOP method `yunos.service.cmns.coa.message.acks.list`.
 *
 * 第三方应用开发者调用此接口查询消息ack记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaMessageAcksList(
  client: TopClient,
  request: YunosServiceCmnsCoaMessageAcksListRequest = {},
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaMessageAcksListResponse> {
  return client.call<YunosServiceCmnsCoaMessageAcksListResponse>(
    {
      method: 'yunos.service.cmns.coa.message.acks.list',
      responseRoot: 'yunos_service_cmns_coa_message_acks_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
