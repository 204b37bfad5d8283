// Generated from specs/openmall/taobao.openmall.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.item.get` (获取商品详情物料). */
export interface TaobaoOpenmallItemGetRequest {
  /** 商品ID */
  item_id?: Int64Input;
}

/** Response of `taobao.openmall.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallItemGetResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallItemGetResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetResultDo {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 商品 */
  item?: TaobaoOpenmallItemGetTopItemVo;
  /** 调用是否成功 */
  success?: boolean;
}

/** `TopItemVo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetTopItemVo {
  /** 商品类目 */
  category_id?: Int64;
  /** 商品所在城市 */
  city?: string;
  /** 商品成本价，精确到2位小数，单位：元。如：200.07，表示200元7分。 */
  cost_price?: string;
  /** 商品描述, 字数要大于5个字符，小于25000个字符 */
  description?: string;
  /** 商品ID */
  item_id?: Int64;
  /** 商品图片 */
  item_images?: TaobaoOpenmallItemGetTopItemImageVo[];
  /** 商品视频列表，多个视频用逗号分隔。 */
  item_videos?: string;
  /** 商品主图 */
  pic_url?: string;
  /** 运费列表 */
  postages?: TaobaoOpenmallItemGetTopPostageVo[];
  /** 商品的属性列表，由属性名ID(pid)、属性值ID(vid)、属性名(pid_name)、属性值(vid_name)组成。格式如：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2…… */
  item_properties?: string;
  /** 商品属性图片 */
  property_images?: TaobaoOpenmallItemGetTopItemImageVo2[];
  /** 商品所在省份 */
  prov?: string;
  /** 库存 */
  quantity?: Int64;
  /** 表示商品的体积，用于按体积计费的运费模板。该值的单位为立方米（m3）。该值支持两种格式的设置： 格式1：bulk:3，单位为立方米(m3)，表示直接设置为商品的体积； 格式2：width:10;breadth:10;height:10，单位为米（m）。 */
  size?: string;
  /** sku列表 */
  skus?: TaobaoOpenmallItemGetTopItemSkuVo[];
  /** 商品状态：上架（1）、下架（0） */
  item_status?: Int64;
  /** 商品标题 */
  title?: string;
  /** 是否虚拟商品 */
  is_virtual?: boolean;
  /** 商品的重量，用于按重量计费的运费模板。注意：单位为kg */
  weight?: string;
  /** 是否区域限购。值为true时，通过taobao.openmall.item.salearea.get获取商品可销售区域；值为false时，该商品所有区域都可销售。 */
  area_limit?: boolean;
  /** 属性值别名,比如颜色的自定义名称 */
  property_alias?: string;
  /** 商品店铺名称 */
  shop_name?: string;
  /** 商品人气 */
  popularity?: Int64;
  /** 当前商品是否支持hold单，当为false时，下单接口中的need_erp_hold不生效 */
  support_erp_hold?: string;
}

/** `TopItemImageVo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetTopItemImageVo {
  /** 图片放在第几张（多图时设置），propertyImages中不返回 */
  position?: Int64;
  /** 商品图片链接 */
  url?: string;
  /** 图片ID，itemImages中不返回 */
  image_id?: Int64;
  /** 商品属性，itemImages中不返回 */
  properties?: string;
}

/** `TopPostageVo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetTopPostageVo {
  /** 增费：支持0.00-999.99（最多包含两位小数） */
  add_fee?: string;
  /** 增费标准。 当valuation为0时，支持1-9999范围内的整数； 当valuation为1时，支持0.1-9999.9范围内的小数，只能包含一位小数（单位为千克）； 当valuation为3时，支持0.1-999.9范围内的数值，数值只能包含一位小数（单位为 立方米）。 */
  add_standard?: string;
  /** 涉及的地区，多个地区用逗号分隔。地区码可以用taobao.areas.get接口获取，或者参考：http://www.mca.gov.cn/article/sj/xzqh/2020/2020/202003301019.html 当值为1时，表示全国所有地区。 */
  post_area?: string;
  /** 运费方式，可选值：平邮 (post)、快递公司(express)、EMS (ems)、货到付款(cod)、物流宝保障速递(wlb)、家装物流(furniture)。 */
  post_type?: string;
  /** 首费，范围0.00-999.99（最多包含两位小数）。 */
  start_fee?: string;
  /** 首费标准。 当valuation(记价方式)为1时，支持0.1-9999.9范围内的小数只能包含一位小数（单位为千克）； 当valuation(记价方式)为3时，支持0.1-999.9范围内的数值，数值只能包含一位小数（单位为 立方米）。 */
  start_standard?: string;
  /** 运费计算方式，可选值：0（件数）、1（重量）、3（体积）。 */
  valuation?: Int64;
}

/** `TopItemImageVo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetTopItemImageVo2 {
  /** 属性图片的id */
  image_id?: Int64;
  /** 图片所对应的商品属性，由属性名ID(pid)、属性值ID(vid)组成。格式为：pid:vid。 pid和vid对应的中文名称，可以从item_properties字段中获取。比如，1627207对应item_properties中的“颜色”，28324对应属性值“黄色”。 */
  properties?: string;
  /** 属性图片链接 */
  url?: string;
  /** 图片放在第几张（多图时设置），propertyImages中不返回 */
  position?: Int64;
}

/** `TopItemSkuVo` of `taobao.openmall.item.get`. */
export interface TaobaoOpenmallItemGetTopItemSkuVo {
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  price?: string;
  /** sku所对应的销售属性串，由 属性名ID(pid)、属性值ID(vid)组成。 格式为：pid1:vid1;pid2:vid2 ;pid3:vid3… pid和vid对应的中文名称，可以从item_properties字段中获取。 */
  properties?: string;
  /** 属于这个sku的商品的数量 */
  quantity?: Int64;
  /** sku的id */
  sku_id?: Int64;
  /** sku描述，以分号分隔描述项，### 分隔翻译内容；注意，当为别名时，翻译项中将没有冒号分隔 */
  description?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    item: {
      category_id: 'Number',
      city: 'String',
      cost_price: 'String',
      description: 'String',
      item_id: 'Number',
      item_images: [
        {
          position: 'Number',
          url: 'String',
          image_id: 'Number',
          properties: 'String',
        },
      ],
      item_videos: 'String',
      pic_url: 'String',
      postages: [
        {
          add_fee: 'String',
          add_standard: 'String',
          post_area: 'String',
          post_type: 'String',
          start_fee: 'String',
          start_standard: 'String',
          valuation: 'Number',
        },
      ],
      item_properties: 'String',
      property_images: [
        {
          image_id: 'Number',
          properties: 'String',
          url: 'String',
          position: 'Number',
        },
      ],
      prov: 'String',
      quantity: 'Number',
      size: 'String',
      skus: [
        {
          price: 'String',
          properties: 'String',
          quantity: 'Number',
          sku_id: 'Number',
          description: 'String',
        },
      ],
      item_status: 'Number',
      title: 'String',
      is_virtual: 'Boolean',
      weight: 'String',
      area_limit: 'Boolean',
      property_alias: 'String',
      shop_name: 'String',
      popularity: 'Number',
      support_erp_hold: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.item.get`: method, response root, request and response schemas. */
export const taobaoOpenmallItemGetOperation = {
  method: 'taobao.openmall.item.get',
  responseRoot: 'openmall_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商品详情物料 — calls TOP method `taobao.openmall.item.get`.
 *
 * 获取联盟开放的openmall商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallItemGet(
  client: TopClient,
  request: TaobaoOpenmallItemGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOpenmallItemGetResponse> {
  return client.call<TaobaoOpenmallItemGetResponse>(
    {
      method: 'taobao.openmall.item.get',
      responseRoot: 'openmall_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
