// Generated from specs/product/taobao.miniapp.items.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.items.get` (批量获取商品信息). */
export interface TaobaoMiniappItemsGetRequest {
  /**
   * 商品数字id列表，多个num_iid用逗号隔开，一次不超过50个。
   *
   * Max list size: 999
   */
  num_iids?: string[];
  /**
   * 需要返回的商品对象字段。可选值：Item商品结构体中字段均可返回(其中item_weight,item_size,sold_quantity暂未返回)；多个字段用“,”分隔。如果想返回整个子对象，fields设置相应字段，如itemimg；如果想返回子对象里面的某个字段，那字段设为某个值，如itemimg.url。
   *
   * Max list size: 999
   */
  fields?: string[];
}

/** Response of `taobao.miniapp.items.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappItemsGetResponse {
  /** Item(商品)结构 */
  items?: TaobaoMiniappItemsGetItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.miniapp.items.get`. */
export interface TaobaoMiniappItemsGetItem {
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** 商品url */
  detail_url?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品标题,不能超过60字节 */
  title?: string;
  /** 卖家昵称 */
  nick?: string;
  /** 商品类型(fixed:一口价;auction:拍卖)注：取消团购 */
  type?: string;
  /** 商品所属的叶子类目 id */
  cid?: Int64;
  /** 商品所属的店铺内卖家自定义类目列表 */
  seller_cids?: string;
  /** 商品属性 格式：pid:vid;pid:vid */
  props?: string;
  /** 用户自行输入的类目属性ID串。结构："pid1,pid2,pid3"，如："20000"（表示品牌） 注：通常一个类目下用户可输入的关键属性不超过1个。 */
  input_pids?: string;
  /** 用户自行输入的子属性名和属性值，结构:"父属性值;一级子属性名;一级子属性值;二级子属性名;自定义输入值,....",如：“耐克;耐克系列;科比系列;科比系列;2K5”，input_str需要与input_pids一一对应，注：通常一个类目下用户可输入的关键属性不超过1个。所有属性别名加起来不能超过 3999字节。 */
  input_str?: string;
  /** 商品主图片地址 */
  pic_url?: string;
  /** 商品新旧程度(全新:new，闲置:unused，二手：second) */
  stuff_status?: string;
  /** 商品价格，格式：5.00；单位：元；精确到：分 */
  price?: string;
  /** 商品上传后的状态。onsale出售中，instock库中 */
  approve_status?: string;
  /** 宝贝所属产品的id(可能为空). 该字段可以通过taobao.products.search 得到 */
  product_id?: Int64;
  /** 返点比例 */
  auction_point?: Int64;
  /** 属性值别名 */
  property_alias?: string;
  /** 商品图片列表(包括主图)。fields中只设置item_img可以返回ItemImg结构体中所有字段，如果设置为item_img.id、item_img.url、item_img.position等形式就只会返回相应的字段 */
  item_imgs?: TaobaoMiniappItemsGetItemImg[];
  /** 商品属性图片列表。fields中只设置prop_img可以返回PropImg结构体中所有字段，如果设置为prop_img.id、prop_img.url、prop_img.properties、prop_img.position等形式就只会返回相应的字段 */
  prop_imgs?: TaobaoMiniappItemsGetPropImg[];
  /** Sku列表。fields中只设置sku可以返回Sku结构体中所有字段，如果设置为sku.sku_id、sku.properties、sku.quantity等形式就只会返回相应的字段 */
  skus?: TaobaoMiniappItemsGetSku[];
  /** 商家外部编码(可与商家外部系统对接) */
  outer_id?: string;
  /** 虚拟商品的状态字段 */
  is_virtual?: boolean;
  /**
   * 商品视频列表(目前只支持单个视频关联)。fields中只设置video可以返回Video结构体中所有字段，如果设置为video.id、video.video_id、
   * video.url等形式就只会返回相应的字段
   */
  videos?: TaobaoMiniappItemsGetVideo[];
  /**
   * 秒杀商品类型。打上秒杀标记的商品，用户只能下架并不能再上架，其他任何编辑或删除操作都不能进行。如果用户想取消秒杀标记，需要联系小二进行操作。如果秒杀结束需要自由编辑请联系活动负责人（小二）去掉秒杀标记。可选类型
   * web_only(只能通过web网络秒杀)
   * wap_only(只能通过wap网络秒杀)
   * web_and_wap(既能通过web秒杀也能通过wap秒杀)
   */
  second_kill?: string;
  /** 商品属性名称。标识着props内容里面的pid和vid所对应的名称。格式为：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2&hellip;&hellip;(注：属性名称中的冒号":"被转换为："#cln#"; 分号";"被转换为："#scln#") */
  props_name?: string;
  /** 商品级别的条形码 */
  barcode?: string;
  /** 商品优惠价格 */
  promoted_price?: string;
  /** 商品3:4比例主图 */
  main_pic34?: string;
  /** 商品竖图 */
  upright_image_url?: string;
}

/** `ItemImg` of `taobao.miniapp.items.get`. */
export interface TaobaoMiniappItemsGetItemImg {
  /** 图片链接地址 */
  url?: string;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
}

/** `PropImg` of `taobao.miniapp.items.get`. */
export interface TaobaoMiniappItemsGetPropImg {
  /** 图片链接地址 */
  url?: string;
  /** 图片所对应的属性组合的字符串 */
  properties?: string;
  /** 图片放在第几张（多图时可设置） */
  position?: Int64;
}

/** `Sku` of `taobao.miniapp.items.get`. */
export interface TaobaoMiniappItemsGetSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku的销售属性组合字符串（颜色，大小，等等，可通过类目API获取某类目下的销售属性）,格式是p1:v1;p2:v2 */
  properties?: string;
  /** sku所对应的销售属性的中文名字串，格式如：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2&hellip;&hellip; */
  properties_name?: string;
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  price?: string;
  /** 商家设置的外部id。天猫和集市的卖家，需要登录才能获取到自己的商家编码，不能获取到他人的商家编码。 */
  outer_id?: string;
  /** 商品级别的条形码 */
  barcode?: string;
  /** 商品SKU优惠价格 */
  promoted_price?: string;
  /** SKU图片 */
  pic_url?: string;
}

/** `Video` of `taobao.miniapp.items.get`. */
export interface TaobaoMiniappItemsGetVideo {
  /** video的url连接地址。淘秀里视频记录里面存储的url地址 */
  url?: string;
  /** 视频关联记录创建时间（格式：yyyy-MM-dd HH:mm:ss） */
  created?: string;
  /** 视频关联记录修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
}

const REQUEST_SCHEMA = {
  num_iids: ['String'],
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  items: [
    {
      iid: 'String',
      detail_url: 'String',
      num_iid: 'Number',
      title: 'String',
      nick: 'String',
      type: 'String',
      cid: 'Number',
      seller_cids: 'String',
      props: 'String',
      input_pids: 'String',
      input_str: 'String',
      pic_url: 'String',
      stuff_status: 'String',
      price: 'Price',
      approve_status: 'String',
      product_id: 'Number',
      auction_point: 'Number',
      property_alias: 'String',
      item_imgs: [
        {
          url: 'String',
          position: 'Number',
        },
      ],
      prop_imgs: [
        {
          url: 'String',
          properties: 'String',
          position: 'Number',
        },
      ],
      skus: [
        {
          sku_id: 'Number',
          properties: 'String',
          properties_name: 'String',
          price: 'String',
          outer_id: 'String',
          barcode: 'String',
          promoted_price: 'String',
          pic_url: 'String',
        },
      ],
      outer_id: 'String',
      is_virtual: 'Boolean',
      videos: [
        {
          url: 'String',
          created: 'Date',
          modified: 'Date',
        },
      ],
      second_kill: 'String',
      props_name: 'String',
      barcode: 'String',
      promoted_price: 'String',
      main_pic34: 'String',
      upright_image_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.items.get`: method, response root, request and response schemas. */
export const taobaoMiniappItemsGetOperation = {
  method: 'taobao.miniapp.items.get',
  responseRoot: 'miniapp_items_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取商品信息 — calls TOP method `taobao.miniapp.items.get`.
 *
 * 获取商品公开属性，只允许在商家应用环境中使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappItemsGet(
  client: TopClient,
  request: TaobaoMiniappItemsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappItemsGetResponse> {
  return client.call<TaobaoMiniappItemsGetResponse>(
    {
      method: 'taobao.miniapp.items.get',
      responseRoot: 'miniapp_items_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
