// Generated from specs/eleenterpriseordernew/alibaba.ele.enterprise.ordernew.getrefundinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.ordernew.getrefundinfo` (退单和申诉). */
export interface AlibabaEleEnterpriseOrdernewGetrefundinfoRequest {
  /** 饿了么订单ID */
  order_id?: string;
}

/** Response of `alibaba.ele.enterprise.ordernew.getrefundinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseOrdernewGetrefundinfoResponse {
  /** 返回值信息 */
  enterprise_data?: AlibabaEleEnterpriseOrdernewGetrefundinfoStandardOrderTrackingInfoDto;
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandardOrderTrackingInfoDto` of `alibaba.ele.enterprise.ordernew.getrefundinfo`. */
export interface AlibabaEleEnterpriseOrdernewGetrefundinfoStandardOrderTrackingInfoDto {
  /** 1表示展示按钮，0表示不展示按钮 */
  show_button?: Int64;
  /** 按钮状态，和button_text一一对应，当show_button为0，button_code也为0，此时button_text为空（参考附录） */
  button_code?: Int64;
  /** 按钮文字 */
  button_text?: string;
  /** 按钮 url */
  button_url?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_data: {
    show_button: 'Number',
    button_code: 'Number',
    button_text: 'String',
    button_url: 'String',
  },
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.ordernew.getrefundinfo`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseOrdernewGetrefundinfoOperation = {
  method: 'alibaba.ele.enterprise.ordernew.getrefundinfo',
  responseRoot: 'alibaba_ele_enterprise_ordernew_getrefundinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退单和申诉 — calls TOP method `alibaba.ele.enterprise.ordernew.getrefundinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseOrdernewGetrefundinfo(
  client: TopClient,
  request: AlibabaEleEnterpriseOrdernewGetrefundinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseOrdernewGetrefundinfoResponse> {
  return client.call<AlibabaEleEnterpriseOrdernewGetrefundinfoResponse>(
    {
      method: 'alibaba.ele.enterprise.ordernew.getrefundinfo',
      responseRoot: 'alibaba_ele_enterprise_ordernew_getrefundinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
