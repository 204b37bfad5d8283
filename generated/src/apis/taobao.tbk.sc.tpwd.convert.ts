// Generated from specs/tbk/taobao.tbk.sc.tpwd.convert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.tpwd.convert` (淘宝客-服务商-淘口令解析&转链). */
export interface TaobaoTbkScTpwdConvertRequest {
  /** 需要解析的淘口令 */
  password_content: string;
  /** 广告位ID，mm_xx_xx_xx pid三段式中的第三段 */
  adzone_id: Int64Input;
  /** 1表示商品转通用计划链接，其他值或不传表示优先转营销计划链接 */
  dx?: string;
  /** 备案的网站id, mm_xx_xx_xx pid三段式中的第二段 */
  site_id: Int64Input;
  /** 会员人群ID，用于统计人群推广效果 */
  ucrowd_id?: Int64Input;
  /** 渠道id */
  relation_id?: string;
}

/** Response of `taobao.tbk.sc.tpwd.convert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScTpwdConvertResponse {
  /** data */
  data?: TaobaoTbkScTpwdConvertMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.sc.tpwd.convert`. */
export interface TaobaoTbkScTpwdConvertMapData {
  /** 商品Id */
  num_iid?: string;
  /** 商品淘客转链链接 */
  click_url?: string;
  /** 店铺卖家ID */
  seller_id?: string;
  /** 入参淘口令对应原始链接 */
  origin_url?: string;
  /** 入参淘口令推广链接中的pid，如果不属于当前调用的推广者则展示“0” */
  origin_pid?: string;
  /** 1-动态ID转链场景，2-消费者比价场景，3-商品库导购场景 */
  biz_scene_id?: string;
  /** 短口令 */
  model?: string;
  /** 长口令 */
  password?: string;
  /** 短链接 */
  short_url?: string;
  /** 1-单品，2-店铺，3-活动，0-其它 */
  url_type?: string;
}

const REQUEST_SCHEMA = {
  password_content: 'String',
  adzone_id: 'Number',
  dx: 'String',
  site_id: 'Number',
  ucrowd_id: 'Number',
  relation_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    num_iid: 'String',
    click_url: 'String',
    seller_id: 'String',
    origin_url: 'String',
    origin_pid: 'String',
    biz_scene_id: 'String',
    model: 'String',
    password: 'String',
    short_url: 'String',
    url_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.tpwd.convert`: method, response root, request and response schemas. */
export const taobaoTbkScTpwdConvertOperation = {
  method: 'taobao.tbk.sc.tpwd.convert',
  responseRoot: 'tbk_sc_tpwd_convert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-淘口令解析&转链 — calls TOP method `taobao.tbk.sc.tpwd.convert`.
 *
 * 支持通过淘口令解析商品id，并提供对应的淘客转链接
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScTpwdConvert(
  client: TopClient,
  request: TaobaoTbkScTpwdConvertRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScTpwdConvertResponse> {
  return client.call<TaobaoTbkScTpwdConvertResponse>(
    {
      method: 'taobao.tbk.sc.tpwd.convert',
      responseRoot: 'tbk_sc_tpwd_convert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
