// Generated from specs/tmallsc/tmall.workcard.identify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.workcard.identify` (工单核销). */
export interface TmallWorkcardIdentifyRequest {
  /** 核销dto */
  verify_request_d_t_o?: TmallWorkcardIdentifyVerifyRequestDtoInput;
}

/** Response of `tmall.workcard.identify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallWorkcardIdentifyResponse {
  /** result */
  result?: TmallWorkcardIdentifyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VerifyRequestDto` of `tmall.workcard.identify`. */
export interface TmallWorkcardIdentifyVerifyRequestDtoInput {
  /** 主订单id */
  parent_order_id?: Int64Input;
  /** 核销来源 */
  verify_source?: string;
  /** 核销附加信息 */
  attrs?: string;
  /** 服务商id */
  tp_id?: Int64Input;
  /** 业务类型 */
  biz_type?: string;
  /** 核销码 */
  code?: string;
  /** 买家id */
  buyer_id?: Int64Input;
  /** 工单id */
  workcard_id?: Int64Input;
  /** 子订单id */
  order_id?: Int64Input;
}

/** `Result` of `tmall.workcard.identify`. */
export interface TmallWorkcardIdentifyResult {
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** errorCode */
  error_code?: Int64;
  /** 返回void */
  value?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  verify_request_d_t_o: {
    parent_order_id: 'Number',
    verify_source: 'String',
    attrs: 'String',
    tp_id: 'Number',
    biz_type: 'String',
    code: 'String',
    buyer_id: 'Number',
    workcard_id: 'Number',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_modified: 'Date',
    gmt_create: 'Date',
    error_code: 'Number',
    value: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.workcard.identify`: method, response root, request and response schemas. */
export const tmallWorkcardIdentifyOperation = {
  method: 'tmall.workcard.identify',
  responseRoot: 'tmall_workcard_identify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单核销 — calls TOP method `tmall.workcard.identify`.
 *
 * 工单核销，当工单完成以后，通过调用此接口核销
 * 可以按照多维度核销工单，
 * 电器预约安装按照工单维度核销，必选字段workcard_id,buyer_id,identify_code，可选字段attrs，通过扩展字段attrs回传机器码，格式{sn:'机器码'}
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallWorkcardIdentify(
  client: TopClient,
  request: TmallWorkcardIdentifyRequest = {},
  options?: CallOptions,
): Promise<TmallWorkcardIdentifyResponse> {
  return client.call<TmallWorkcardIdentifyResponse>(
    {
      method: 'tmall.workcard.identify',
      responseRoot: 'tmall_workcard_identify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
