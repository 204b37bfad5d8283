// Generated from specs/koubeimall/taobao.koubei.mall.common.store.display.goods.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.store.display.goods.list` (查询门店推荐菜信息). */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListRequest {
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
  /**
   * 门店ID
   *
   * Max length: 32
   */
  store_id: string;
  /**
   * 身份ID，识别合作方身份（可联系口碑综合体业务获取）
   *
   * Max length: 32
   */
  data_set_id: string;
  /**
   * 口碑城市编码（示例：杭州市330100）
   *
   * Max length: 32
   */
  city_code?: string;
  /**
   * 经度（终端设备地理位置）
   *
   * Max length: 32
   */
  longitude?: string;
  /**
   * 纬度（终端设备地理位置）
   *
   * Max length: 32
   */
  latitude?: string;
  /**
   * 终端设备描述(中、英文均可)
   *
   * Max length: 32
   */
  terminal_type?: string;
  /**
   * 支付宝/口碑/淘宝app版本号
   *
   * Max length: 32
   */
  app_version?: string;
  /**
   * 展示渠道：ALIPAY_APP KOUBEI_APP TAOBAO_APP（默认ALIPAY_APP）
   *
   * Max length: 32
   */
  display_channel?: string;
}

/** Response of `taobao.koubei.mall.common.store.display.goods.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListResponse {
  /** API接口返回的result模型 */
  result?: TaobaoKoubeiMallCommonStoreDisplayGoodsListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.store.display.goods.list`. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** API返回的推荐菜data模型 */
  data?: TaobaoKoubeiMallCommonStoreDisplayGoodsListDisplayGoodsDTO;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonStoreDisplayGoodsListTribeError;
}

/** `DisplayGoodsDTO` of `taobao.koubei.mall.common.store.display.goods.list`. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListDisplayGoodsDTO {
  /** 是否有图模式。true：有图，false：无图 */
  has_picture?: boolean;
  /** 推荐菜数量 */
  goods_count?: Int64;
  /** 带图片的推荐菜详情模型 */
  goods_detail_infos?: TaobaoKoubeiMallCommonStoreDisplayGoodsListGoodsDetailInfo[];
  /** 标题：推荐菜 */
  goods_title?: string;
  /** 无图模式，菜品文案 */
  goods_desc?: string;
}

/** `GoodsDetailInfo` of `taobao.koubei.mall.common.store.display.goods.list`. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListGoodsDetailInfo {
  /** 菜品描述 */
  goods_detail_desc?: string;
  /** 菜品质量分 */
  goods_detail_score?: string;
  /** 图片模型 */
  picture?: TaobaoKoubeiMallCommonStoreDisplayGoodsListPicture;
  /** 展示商品价格 */
  goods_detail_price?: string;
  /** 菜品标签 */
  goods_detail_tags?: string[];
  /** 展示图片名称 */
  goods_detail_name?: string;
}

/** `Picture` of `taobao.koubei.mall.common.store.display.goods.list`. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListPicture {
  /** 图片链接 */
  picture_url?: string;
  /** 图片名称 */
  picture_name?: string;
}

/** `TribeError` of `taobao.koubei.mall.common.store.display.goods.list`. */
export interface TaobaoKoubeiMallCommonStoreDisplayGoodsListTribeError {
  /** 错误信息可读性描述 */
  view?: string;
  /** 错误码 */
  code?: string;
  /** 错误信息描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  mall_id: 'String',
  store_id: 'String',
  data_set_id: 'String',
  city_code: 'String',
  longitude: 'String',
  latitude: 'String',
  terminal_type: 'String',
  app_version: 'String',
  display_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      has_picture: 'Boolean',
      goods_count: 'Number',
      goods_detail_infos: [
        {
          goods_detail_desc: 'String',
          goods_detail_score: 'String',
          picture: {
            picture_url: 'String',
            picture_name: 'String',
          },
          goods_detail_price: 'String',
          goods_detail_tags: ['String'],
          goods_detail_name: 'String',
        },
      ],
      goods_title: 'String',
      goods_desc: 'String',
    },
    success: 'Boolean',
    error: {
      view: 'String',
      code: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.store.display.goods.list`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonStoreDisplayGoodsListOperation = {
  method: 'taobao.koubei.mall.common.store.display.goods.list',
  responseRoot: 'koubei_mall_common_store_display_goods_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询门店推荐菜信息 — calls TOP method `taobao.koubei.mall.common.store.display.goods.list`.
 *
 * 提供查询口碑商圈内的门店推荐菜信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonStoreDisplayGoodsList(
  client: TopClient,
  request: TaobaoKoubeiMallCommonStoreDisplayGoodsListRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonStoreDisplayGoodsListResponse> {
  return client.call<TaobaoKoubeiMallCommonStoreDisplayGoodsListResponse>(
    {
      method: 'taobao.koubei.mall.common.store.display.goods.list',
      responseRoot: 'koubei_mall_common_store_display_goods_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
