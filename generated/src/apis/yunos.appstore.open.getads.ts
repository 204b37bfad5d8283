// Generated from specs/yunosappstore/yunos.appstore.open.getads.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.appstore.open.getads` (获取外投广告). */
export interface YunosAppstoreOpenGetadsRequest {
  /**
   * 指定广告分类
   *
   * Max list size: 50
   */
  cats?: string[];
  /** 是否排除已安装 */
  exclude_install?: boolean;
  /** 场景或页面标识 */
  case_id: string;
  /** ssp标识 */
  ssp: string;
  /** 结算类型 */
  fee_type: string;
  /** 客户端来源ip */
  client_ip: string;
  /**
   * 广告指定包名
   *
   * Max list size: 50
   */
  pkgs?: string[];
  /** 客户端版本号 */
  client_ver_code: Int64Input;
  /** 是否映射到uuid */
  try_map_to_uuid?: boolean;
  /**
   * 排除包名列表
   *
   * Max list size: 50
   */
  exclude_pkgs?: string[];
  /** 设备唯一标识 */
  device_id: string;
  /** 广告数量 */
  size: Int64Input;
  /**
   * 排除分类
   *
   * Max list size: 50
   */
  exclude_cats?: string[];
  /**
   * 创意模板id列表
   *
   * Max list size: 20
   */
  template_ids?: Int64Input[];
  /** 广告底价 */
  mrp?: Int64Input;
  /** 请求id */
  rid?: string;
  /** 请求特征集 */
  options?: Int64Input;
}

/** Response of `yunos.appstore.open.getads`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAppstoreOpenGetadsResponse {
  /** 响应码 */
  rc?: Int64;
  /** 广告集 */
  ads?: YunosAppstoreOpenGetadsAdInfo[];
  /** 响应消息 */
  rm?: string;
  /** 请求id */
  rid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdInfo` of `yunos.appstore.open.getads`. */
export interface YunosAppstoreOpenGetadsAdInfo {
  /** 回调地址 */
  callbacks?: YunosAppstoreOpenGetadsCallbacks;
  /** 广告跟踪id */
  trace_id?: string;
  /** 简介 */
  intro?: string;
  /** icon */
  icon?: string;
  /** 版本号 */
  ver_code?: Int64;
  /** 版本名 */
  ver_name?: string;
  /** 结算类型 */
  fee_type?: string;
  /** 价格 */
  price?: Int64;
  /** 名称 */
  name?: string;
  /** 包名 */
  pkg?: string;
  /** 包文件md5 */
  md5?: string;
  /** 创意列表 */
  creatives?: string[];
  /** deeplink */
  deeplink?: string;
  /** 下地地址 */
  download_url?: string;
}

/** `Callbacks` of `yunos.appstore.open.getads`. */
export interface YunosAppstoreOpenGetadsCallbacks {
  /** 点击 */
  click?: string;
  /** 曝光 */
  view?: string;
  /** 竞价成功 */
  deal?: string;
}

const REQUEST_SCHEMA = {
  cats: ['String'],
  exclude_install: 'Boolean',
  case_id: 'String',
  ssp: 'String',
  fee_type: 'String',
  client_ip: 'String',
  pkgs: ['String'],
  client_ver_code: 'Number',
  try_map_to_uuid: 'Boolean',
  exclude_pkgs: ['String'],
  device_id: 'String',
  size: 'Number',
  exclude_cats: ['String'],
  template_ids: ['Number'],
  mrp: 'Number',
  rid: 'String',
  options: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rc: 'Number',
  ads: [
    {
      callbacks: {
        click: 'String',
        view: 'String',
        deal: 'String',
      },
      trace_id: 'String',
      intro: 'String',
      icon: 'String',
      ver_code: 'Number',
      ver_name: 'String',
      fee_type: 'String',
      price: 'Number',
      name: 'String',
      pkg: 'String',
      md5: 'String',
      creatives: ['String'],
      deeplink: 'String',
      download_url: 'String',
    },
  ],
  rm: 'String',
  rid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.appstore.open.getads`: method, response root, request and response schemas. */
export const yunosAppstoreOpenGetadsOperation = {
  method: 'yunos.appstore.open.getads',
  responseRoot: 'yunos_appstore_open_getads_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取外投广告 — calls TOP method `yunos.appstore.open.getads`.
 *
 * 将广告外投给外部合作伙伴
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAppstoreOpenGetads(
  client: TopClient,
  request: YunosAppstoreOpenGetadsRequest,
  options?: CallOptions,
): Promise<YunosAppstoreOpenGetadsResponse> {
  return client.call<YunosAppstoreOpenGetadsResponse>(
    {
      method: 'yunos.appstore.open.getads',
      responseRoot: 'yunos_appstore_open_getads_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
