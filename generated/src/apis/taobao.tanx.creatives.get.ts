// Generated from specs/tanx/taobao.tanx.creatives.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.creatives.get` (批量获取DSP用户的创意审核结果). */
export interface TaobaoTanxCreativesGetRequest {
  /** DSP的memberId */
  member_id: Int64Input;
  /** dsp用户身份认证的TOKEN */
  token: string;
  /** 当前时间戳，1970-01-01后的秒数 */
  sign_time: Int64Input;
  /** 创意的状态（全部ALL,通过PASS,拒绝REFUSE,未审核WAITING） */
  status: string;
  /** 分页的页码(第一页为1) */
  page: Int64Input;
  /**
   * 所选创意的类型。1-->普通类型, 2-->视频贴片, 0 -->优先查询普通类型,无结果则查询视频贴片类型
   *
   * Min value: 0
   * Max value: 2
   */
  type?: Int64Input;
}

/** Response of `taobao.tanx.creatives.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxCreativesGetResponse {
  /** 调用的成功信息或失败信息 */
  message?: string;
  /** 调用返回码 */
  tanx_error_code?: Int64;
  /** 调用是否成功 */
  is_ok?: boolean;
  /** 返回的创意列表 */
  results?: TaobaoTanxCreativesGetCreativeDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeDto` of `taobao.tanx.creatives.get`. */
export interface TaobaoTanxCreativesGetCreativeDto {
  /** 创意ID */
  creative_id?: string;
  /** 创意审核的状态（通过PASS,拒绝REFUSE,未审核WAITING） */
  status?: string;
  /** 创意通过的等级，1表示一级创意，99表示普通创意 */
  level?: Int64;
  /** 创意拒绝的原因 */
  refuse_cause?: string;
  /** 广告位属性 */
  adboard_data?: string | Record<string, unknown>;
  /** 创意审核信息列表 */
  creative_publisher_audit_dto_list?: TaobaoTanxCreativesGetCreativePublisherAuditDto[];
}

/** `CreativePublisherAuditDto` of `taobao.tanx.creatives.get`. */
export interface TaobaoTanxCreativesGetCreativePublisherAuditDto {
  /** 状态（PASS.通过；REFUSE.拒绝；WAITING.待审） */
  status?: string;
  /** 媒体ID */
  publiser_id?: string;
  /** 拒绝原因 */
  refuse_cause?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  status: 'String',
  page: 'Number',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  tanx_error_code: 'Number',
  is_ok: 'Boolean',
  results: [
    {
      creative_id: 'String',
      status: 'String',
      level: 'Number',
      refuse_cause: 'String',
      adboard_data: 'Json',
      creative_publisher_audit_dto_list: [
        {
          status: 'String',
          publiser_id: 'String',
          refuse_cause: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.creatives.get`: method, response root, request and response schemas. */
export const taobaoTanxCreativesGetOperation = {
  method: 'taobao.tanx.creatives.get',
  responseRoot: 'tanx_creatives_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取DSP用户的创意审核结果 — calls TOP method `taobao.tanx.creatives.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxCreativesGet(
  client: TopClient,
  request: TaobaoTanxCreativesGetRequest,
  options?: CallOptions,
): Promise<TaobaoTanxCreativesGetResponse> {
  return client.call<TaobaoTanxCreativesGetResponse>(
    {
      method: 'taobao.tanx.creatives.get',
      responseRoot: 'tanx_creatives_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
