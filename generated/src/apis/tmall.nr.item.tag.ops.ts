// Generated from specs/tmallnr/tmall.nr.item.tag.ops.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.item.tag.ops` (区域零售商品打标去标). */
export interface TmallNrItemTagOpsRequest {
  /** 请求入参 */
  tag_req_d_t_o: TmallNrItemTagOpsTagReqDtoInput;
}

/** Response of `tmall.nr.item.tag.ops`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrItemTagOpsResponse {
  /** 返回结果 */
  result?: TmallNrItemTagOpsNewRetailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TagReqDto` of `tmall.nr.item.tag.ops`. */
export interface TmallNrItemTagOpsTagReqDtoInput {
  /** 商品标操作类型，1:打标，2:去标 */
  type: Int64Input;
  /** 商家编码 */
  seller_id: Int64Input;
  /** 商品编码列表 */
  item_ids: Int64Input[];
  /** 业务身份标识,dss定时送;FN蜂鸟,CN菜鸟 */
  biz_identity?: string;
  /** 信息追踪串,用于后续排查问题,以及与外部厂商对账等场景下使用 */
  trace_id?: string;
}

/** `NewRetailResult` of `tmall.nr.item.tag.ops`. */
export interface TmallNrItemTagOpsNewRetailResult {
  /** 请求结果 */
  result_data?: TmallNrItemTagOpsTagRespDto;
  /** 错误信息 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 成功或者失败 */
  success_flag?: boolean;
}

/** `TagRespDto` of `tmall.nr.item.tag.ops`. */
export interface TmallNrItemTagOpsTagRespDto {
  /** 失败描述 */
  descs?: string[];
  /** 失败商品编码 */
  fail_ids?: Int64[];
  /** 成功商品编码 */
  success_ids?: Int64[];
}

const REQUEST_SCHEMA = {
  tag_req_d_t_o: {
    type: 'Number',
    seller_id: 'Number',
    item_ids: ['Number'],
    biz_identity: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      descs: ['String'],
      fail_ids: ['Number'],
      success_ids: ['Number'],
    },
    error_message: 'String',
    error_code: 'String',
    success_flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.item.tag.ops`: method, response root, request and response schemas. */
export const tmallNrItemTagOpsOperation = {
  method: 'tmall.nr.item.tag.ops',
  responseRoot: 'tmall_nr_item_tag_ops_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 区域零售商品打标去标 — calls TOP method `tmall.nr.item.tag.ops`.
 *
 * 参加区域零售的商品，需要批量打标或去标，方便后续设置商品库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrItemTagOps(
  client: TopClient,
  request: TmallNrItemTagOpsRequest,
  options?: CallOptions,
): Promise<TmallNrItemTagOpsResponse> {
  return client.call<TmallNrItemTagOpsResponse>(
    {
      method: 'tmall.nr.item.tag.ops',
      responseRoot: 'tmall_nr_item_tag_ops_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
