// Generated from specs/xhotelitem/taobao.xhotel.bnbreview.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbreview.add` (对外开放评论接口). */
export interface TaobaoXhotelBnbreviewAddRequest {
  /** 入住时间 */
  check_in_time: string;
  /** 评论来源ID，38-小猪 39-爱彼迎 */
  source: Int64Input;
  /** 图片地址 */
  pic_info_list?: TaobaoXhotelBnbreviewAddReviewPicInfoInput;
  /** 飞猪侧房源ID */
  rid: Int64Input;
  /** 创建时间 */
  gmt_create: DateInput;
  /** 评论内容 */
  content: string;
  /** 用户名称 */
  user_nick: string;
  /** 外部评论id */
  outer_id: Int64Input;
  /** 评分细分 */
  score_detail: TaobaoXhotelBnbreviewAddReviewDetailInfoInput;
  /** 总评分,Double类型得 */
  total_score: string;
}

/** Response of `taobao.xhotel.bnbreview.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbreviewAddResponse {
  /** 调用返回结果 */
  result?: TaobaoXhotelBnbreviewAddBnbResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReviewPicInfo` of `taobao.xhotel.bnbreview.add`. */
export interface TaobaoXhotelBnbreviewAddReviewPicInfoInput {
  /** 图片地址 */
  url?: string;
}

/** `ReviewDetailInfo` of `taobao.xhotel.bnbreview.add`. */
export interface TaobaoXhotelBnbreviewAddReviewDetailInfoInput {
  /** 评分，10分制，Double类型得，2-非常差 4-差 6-一般 8-好 10-非常好 */
  score: string;
  /** 纬度id，1-地理位置 2-清洁程度 3-服务比较 4-性价比 */
  dimension_id: Int64Input;
}

/** `BnbResult` of `taobao.xhotel.bnbreview.add`. */
export interface TaobaoXhotelBnbreviewAddBnbResult {
  /** 状态，成功true，失败false */
  success?: boolean;
  /** 响应码 */
  result_code?: string;
  /** 响应信息 */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  check_in_time: 'String',
  source: 'Number',
  pic_info_list: {
    url: 'String',
  },
  rid: 'Number',
  gmt_create: 'Date',
  content: 'String',
  user_nick: 'String',
  outer_id: 'Number',
  score_detail: {
    score: 'String',
    dimension_id: 'Number',
  },
  total_score: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_code: 'String',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbreview.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbreviewAddOperation = {
  method: 'taobao.xhotel.bnbreview.add',
  responseRoot: 'xhotel_bnbreview_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对外开放评论接口 — calls TOP method `taobao.xhotel.bnbreview.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbreviewAdd(
  client: TopClient,
  request: TaobaoXhotelBnbreviewAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBnbreviewAddResponse> {
  return client.call<TaobaoXhotelBnbreviewAddResponse>(
    {
      method: 'taobao.xhotel.bnbreview.add',
      responseRoot: 'xhotel_bnbreview_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
