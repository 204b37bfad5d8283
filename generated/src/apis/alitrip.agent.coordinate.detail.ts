// Generated from specs/flight/alitrip.agent.coordinate.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.detail` (商家协同单查询详情). */
export interface AlitripAgentCoordinateDetailRequest {
  /** 查询协同单详情请求入参 */
  coordination_detail_request_dto: AlitripAgentCoordinateDetailCoordinationDetailRequestDTOInput;
}

/** Response of `alitrip.agent.coordinate.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateDetailResponse {
  /** 查询协同单详情返回内容 */
  result?: AlitripAgentCoordinateDetailResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CoordinationDetailRequestDTO` of `alitrip.agent.coordinate.detail`. */
export interface AlitripAgentCoordinateDetailCoordinationDetailRequestDTOInput {
  /** 协同单ID */
  id: Int64Input;
}

/** `ResultDTO` of `alitrip.agent.coordinate.detail`. */
export interface AlitripAgentCoordinateDetailResultDTO {
  /** 查询协同单详情返回内容 */
  data?: AlitripAgentCoordinateDetailCaseResultDetailDTO;
}

/** `CaseResultDetailDTO` of `alitrip.agent.coordinate.detail`. */
export interface AlitripAgentCoordinateDetailCaseResultDetailDTO {
  /** 协同单ID */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 问题类型 */
  case_type?: Int64;
  /** 协同单状态 */
  status?: Int64;
  /** 协同单标题 */
  title?: string;
  /** 协同单截止时间 */
  serve_deadline?: string;
  /** 是否催促标识 */
  urge?: Int64;
  /** 飞猪订单号 */
  correlation_out_order_id?: string;
  /** 关联业务类型 */
  correlation_biz_type?: Int64;
  /** 创建人 */
  creator_name?: string;
  /** 跟进人 */
  follower_name?: string;
  /** 协同请求内容 */
  request?: string;
  /** 协同回复内容 */
  reply?: string;
  /** 表单内容 */
  extra_info?: string;
  /** 结束时间 */
  end_time?: string;
  /** 是否需要支付 */
  need_pay_flag?: boolean;
  /** 跟进人时长(时间戳) */
  follow_time?: Int64;
  /** 支付状态(0:未支付,1:已支付,2:支付取消,3:无需支付) */
  pay_status?: Int64;
  /** 完结时间 */
  operate_finish_time?: string;
  /** 催促人姓名 */
  urger_name?: string;
}

const REQUEST_SCHEMA = {
  coordination_detail_request_dto: {
    id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      id: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      case_type: 'Number',
      status: 'Number',
      title: 'String',
      serve_deadline: 'Date',
      urge: 'Number',
      correlation_out_order_id: 'String',
      correlation_biz_type: 'Number',
      creator_name: 'String',
      follower_name: 'String',
      request: 'String',
      reply: 'String',
      extra_info: 'String',
      end_time: 'Date',
      need_pay_flag: 'Boolean',
      follow_time: 'Number',
      pay_status: 'Number',
      operate_finish_time: 'Date',
      urger_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.coordinate.detail`: method, response root, request and response schemas. */
export const alitripAgentCoordinateDetailOperation = {
  method: 'alitrip.agent.coordinate.detail',
  responseRoot: 'alitrip_agent_coordinate_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家协同单查询详情 — calls TOP method `alitrip.agent.coordinate.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateDetail(
  client: TopClient,
  request: AlitripAgentCoordinateDetailRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateDetailResponse> {
  return client.call<AlitripAgentCoordinateDetailResponse>(
    {
      method: 'alitrip.agent.coordinate.detail',
      responseRoot: 'alitrip_agent_coordinate_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
