// Generated from specs/alsc/alibaba.alsc.growth.interactive.link.genshortlink.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.growth.interactive.link.genshortlink` (短链接口). */
export interface AlibabaAlscGrowthInteractiveLinkGenshortlinkRequest {
  /** 入参 */
  param: AlibabaAlscGrowthInteractiveLinkGenshortlinkGenShortLinkRequestInput;
}

/** Response of `alibaba.alsc.growth.interactive.link.genshortlink`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscGrowthInteractiveLinkGenshortlinkResponse {
  /** 结果 */
  result?: AlibabaAlscGrowthInteractiveLinkGenshortlinkBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GenShortLinkRequest` of `alibaba.alsc.growth.interactive.link.genshortlink`. */
export interface AlibabaAlscGrowthInteractiveLinkGenshortlinkGenShortLinkRequestInput {
  /** 域名类型，按实际填写，目前映射关系：{ "alipay": "alipays://platformapi/startapp", "duanqu": "https://m.duanqu.com", "eleH5": "https://h5.ele.me", "eleMiniApp": "eleme://miniapp", "elemeSns": "eleme://sns_share_v2", "koubei": "koubei://platformapi/startapp", "mod": "https://tb.ele.me", "modPpe": "https://ppe-tb.ele.me", "ppe-r": "https://ppe-r.ele.me", "pt": "https://pt.ele.me", "ptPre": "https://ppe-pt.ele.me", "r": "https://r.ele.me" } */
  domain_type: string;
  /** 域名后面的路径 */
  path: string;
  /** 业务场景 */
  biz_scene: string;
}

/** `BaseResponse` of `alibaba.alsc.growth.interactive.link.genshortlink`. */
export interface AlibabaAlscGrowthInteractiveLinkGenshortlinkBaseResponse {
  /** 成功标志 */
  success?: boolean;
  /** 返回编码 */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** 返回数据 */
  data?: string;
}

const REQUEST_SCHEMA = {
  param: {
    domain_type: 'String',
    path: 'String',
    biz_scene: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    msg: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.growth.interactive.link.genshortlink`: method, response root, request and response schemas. */
export const alibabaAlscGrowthInteractiveLinkGenshortlinkOperation = {
  method: 'alibaba.alsc.growth.interactive.link.genshortlink',
  responseRoot: 'alibaba_alsc_growth_interactive_link_genshortlink_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短链接口 — calls TOP method `alibaba.alsc.growth.interactive.link.genshortlink`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscGrowthInteractiveLinkGenshortlink(
  client: TopClient,
  request: AlibabaAlscGrowthInteractiveLinkGenshortlinkRequest,
  options?: CallOptions,
): Promise<AlibabaAlscGrowthInteractiveLinkGenshortlinkResponse> {
  return client.call<AlibabaAlscGrowthInteractiveLinkGenshortlinkResponse>(
    {
      method: 'alibaba.alsc.growth.interactive.link.genshortlink',
      responseRoot: 'alibaba_alsc_growth_interactive_link_genshortlink_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
